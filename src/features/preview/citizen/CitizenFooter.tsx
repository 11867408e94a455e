/** A Comune's site footer in Bootstrap Italia (pure props → markup). */
import { CitizenIcon } from '../card/CitizenIcon';
import type { Translate } from '../translate';

export function CitizenFooter({ municipality, t, iconsUrl }: { municipality: string; t: Translate; iconsUrl: string }) {
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row clearfix">
            <div className="col-sm-12">
              <div className="it-brand-wrapper">
                <a href="/">
                  <CitizenIcon name="pa" iconsUrl={iconsUrl} />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{municipality}</div>
                  </div>
                </a>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
            <li className="list-inline-item">
              <a href="/privacy">{t('citizen.footer.privacy')}</a>
            </li>
            <li className="list-inline-item">
              <a href="/note-legali">{t('citizen.footer.legal')}</a>
            </li>
            <li className="list-inline-item">
              <a href="/accessibilita">{t('citizen.footer.accessibility')}</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
