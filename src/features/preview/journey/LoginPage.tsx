/**
 * The simulated login: the citizen "enters with SPID or CIE" and the identity
 * of the chosen test citizen or persona prefills the applicant's data. No
 * identity provider is contacted.
 */
import { CitizenIcon } from '../card/CitizenIcon';
import type { Translate } from '../translate';
import { fullName, type CitizenIdentity } from './identities';
import { JourneyColumn } from './JourneyColumn';

export interface LoginPageProps {
  serviceTitle: string;
  identity: CitizenIdentity;
  t: Translate;
  iconsUrl: string;
  onLogin(): void;
  onBack(): void;
}

export function LoginPage({ serviceTitle, identity, t, iconsUrl, onLogin, onBack }: LoginPageProps) {
  return (
    <JourneyColumn serviceTitle={serviceTitle}>
      <h1 className="title-xxlarge mb-3" tabIndex={-1}>
        {t('citizen.login.title')}
      </h1>
      <p className="text-paragraph lora mb-4">{t('citizen.login.intro')}</p>
      <div className="d-flex flex-column flex-md-row gap-3 mb-4">
        <button type="button" className="btn btn-primary btn-icon fw-bold" onClick={onLogin}>
          <CitizenIcon name="user" iconsUrl={iconsUrl} className="icon-white me-2" />
          <span>{t('citizen.login.spid')}</span>
        </button>
        <button type="button" className="btn btn-outline-primary btn-icon fw-bold" onClick={onLogin}>
          <CitizenIcon name="user" iconsUrl={iconsUrl} className="icon-primary me-2" />
          <span>{t('citizen.login.cie')}</span>
        </button>
      </div>
      <div className="callout note">
        <div className="callout-title">
          <CitizenIcon name="info-circle" iconsUrl={iconsUrl} />
          <span className="text">{t('citizen.login.noteTitle')}</span>
        </div>
        <p>{t('citizen.login.simulated', { name: fullName(identity) })}</p>
      </div>
      <button type="button" className="btn btn-link px-0" onClick={onBack}>
        {t('citizen.login.back')}
      </button>
    </JourneyColumn>
  );
}
