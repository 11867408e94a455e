/**
 * The requirements of the service, checked against what is known so far
 * (the identity, a replayed persona): met, not met with the official's
 * message, or to be checked with the answers still to come.
 */
import type { RequirementCheck } from '../../../runtime/engine';
import { CitizenIcon } from '../card/CitizenIcon';
import type { Translate } from '../translate';
import { JourneyColumn } from './JourneyColumn';

export interface RequirementsPageProps {
  serviceTitle: string;
  requirements: readonly RequirementCheck[];
  t: Translate;
  iconsUrl: string;
  /** The service cannot be started (not open): the start button is disabled. */
  blockedReason?: string;
  onStart(): void;
  onBack(): void;
}

/** A verdict over answers not given yet is not a verdict (JsonLogic reads them as null, and `null <= 9360` holds). */
function status(r: RequirementCheck): 'met' | 'unmet' | 'pending' {
  if (r.error) return 'unmet';
  if (r.pending) return 'pending';
  return r.ok ? 'met' : 'unmet';
}

const ICON = { met: ['check-circle', 'icon-success'], unmet: ['close-circle', 'icon-danger'], pending: ['clock', 'icon-secondary'] } as const;

export function RequirementsPage({ serviceTitle, requirements, t, iconsUrl, blockedReason, onStart, onBack }: RequirementsPageProps) {
  const anyUnmet = requirements.some((r) => status(r) === 'unmet');
  return (
    <JourneyColumn serviceTitle={serviceTitle}>
      <h1 className="title-xxlarge mb-3" tabIndex={-1}>
        {t('citizen.requirements.title')}
      </h1>
      {requirements.length === 0 ? (
        <p className="text-paragraph lora">{t('citizen.requirements.none')}</p>
      ) : (
        <>
          <p className="text-paragraph lora">{t('citizen.requirements.intro')}</p>
          <ul className="list-unstyled mb-4" data-testid="requirements">
            {requirements.map((r) => {
              const s = status(r);
              const [icon, tone] = ICON[s];
              return (
                <li key={r.id} className="d-flex gap-3 py-3 border-bottom" data-status={s}>
                  <CitizenIcon name={icon} iconsUrl={iconsUrl} className={tone} />
                  <div>
                    <p className="fw-semibold mb-1">{r.name}</p>
                    <p className="mb-0 text-paragraph-small">{t(`citizen.requirements.${s}`)}</p>
                    {s === 'unmet' && r.message && <p className="mb-0 text-danger">{r.message}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {anyUnmet && (
        <div className="alert alert-danger" role="alert">
          {t('citizen.requirements.unmetAlert')}
        </div>
      )}
      {blockedReason && (
        <div className="alert alert-warning" role="status">
          {blockedReason}
        </div>
      )}
      <div className="d-flex flex-column flex-md-row justify-content-between gap-3 mt-4">
        <button type="button" className="btn btn-outline-primary" onClick={onBack}>
          {t('citizen.steps.back')}
        </button>
        <button type="button" className="btn btn-primary fw-bold" onClick={onStart} disabled={Boolean(blockedReason)}>
          {t('citizen.requirements.start')}
        </button>
      </div>
    </JourneyColumn>
  );
}
