/**
 * "Data e ora": preview the service at another instant (before it opens,
 * after it closes). The field speaks Rome wall-clock time, whatever the
 * computer's time zone; empty means "now".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { instantToRome, romeToInstant } from '../../../runtime/romeTime';

export interface AsOfControlProps {
  asOf: Date | null;
  onChange(asOf: Date | null): void;
  /** The scheduled window, when the service has one: offers one-click "before"/"after" instants. */
  opensAt?: Date;
  closesAt?: Date;
}

const MINUTE = 60_000;

/** "2027-03-01T09:00" of an instant, in Rome. */
export function toRomeLocalInput(instant: Date): string {
  const { date, time } = instantToRome(instant);
  return `${date}T${time}`;
}

/** The instant of a datetime-local value read as Rome time, or null when empty or malformed. */
export function fromRomeLocalInput(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m ? romeToInstant(m[1], m[2]) : null;
}

export function AsOfControl({ asOf, onChange, opensAt, closesAt }: AsOfControlProps) {
  const { t } = useTranslation('preview');
  const id = useId();
  return (
    <div className="preview-asof">
      <label htmlFor={id}>{t('toolbar.asOf')}</label>
      <input
        id={id}
        type="datetime-local"
        className="input"
        value={asOf ? toRomeLocalInput(asOf) : ''}
        title={t('toolbar.asOfHint')}
        onChange={(e) => onChange(fromRomeLocalInput(e.target.value))}
      />
      <button type="button" className="btn btn-small" onClick={() => onChange(null)} disabled={asOf === null}>
        {t('toolbar.now')}
      </button>
      {opensAt && (
        <button type="button" className="btn btn-small" onClick={() => onChange(new Date(opensAt.getTime() - MINUTE))}>
          {t('toolbar.beforeOpening')}
        </button>
      )}
      {closesAt && (
        <button type="button" className="btn btn-small" onClick={() => onChange(new Date(closesAt.getTime() + MINUTE))}>
          {t('toolbar.afterClosing')}
        </button>
      )}
    </div>
  );
}
