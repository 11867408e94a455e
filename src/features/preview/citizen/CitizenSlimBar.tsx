/** The preview's slim bar: the owning body, and the signed-in citizen or the way to the personal area. */
import { CitizenIcon } from '../card/CitizenIcon';
import type { Translate } from '../translate';

export function CitizenSlimBar({ t, iconsUrl, userName }: { t: Translate; iconsUrl: string; userName?: string }) {
  return (
    <>
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
    </>
  );
}
