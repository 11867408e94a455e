/**
 * A Comune's site header in Bootstrap Italia: the slim bar (owning body,
 * personal area) and the centre bar with the Comune's name. Pure props →
 * markup; no Bootstrap Italia JavaScript is needed.
 */
import { CitizenIcon } from '../card/CitizenIcon';
import type { Translate } from '../translate';

export interface CitizenHeaderProps {
  municipality: string;
  t: Translate;
  iconsUrl: string;
  /** Name of the signed-in citizen, if any. */
  userName?: string;
}

export function CitizenHeader({ municipality, t, iconsUrl, userName }: CitizenHeaderProps) {
  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-header-slim-wrapper-content">
                <a className="d-lg-block navbar-brand" href="/">
                  {t('citizen.region')}
                </a>
                <div className="it-header-slim-right-zone">
                  {userName ? (
                    <span className="d-inline-flex align-items-center gap-2 text-white" data-testid="citizen-user">
                      <span className="rounded-icon bg-white d-inline-flex">
                        <CitizenIcon name="user" iconsUrl={iconsUrl} className="icon-primary icon-sm" />
                      </span>
                      <span className="visually-hidden">{t('citizen.loggedAs', { name: userName })}</span>
                      <span aria-hidden="true">{userName}</span>
                    </span>
                  ) : (
                    <a className="btn btn-primary btn-icon btn-full" href="/area-personale" aria-label={t('citizen.personalArea')}>
                      <span className="rounded-icon">
                        <CitizenIcon name="user" iconsUrl={iconsUrl} className="icon-primary" />
                      </span>
                      <span className="d-none d-lg-block">{t('citizen.personalArea')}</span>
                    </a>
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
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
        </div>
      </div>
    </header>
  );
}
