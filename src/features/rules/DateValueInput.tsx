/**
 * A date a condition compares with: a calendar date, or "oggi" (the day the
 * rule is evaluated, Europe/Rome) — what most deadlines and ages need.
 */
import { TODAY, isTodayRef, type TodayRef } from '../../rules';

export interface DateValueInputProps {
  value: unknown;
  onChange(value: string | TodayRef): void;
  /** Accessible name of the date input. */
  label: string;
  /** Accessible name of the "oggi" checkbox (visible text is "oggi"). */
  todayLabel: string;
  todayText: string;
}

export function DateValueInput({ value, onChange, label, todayLabel, todayText }: DateValueInputProps) {
  const today = isTodayRef(value);
  return (
    <span className="rb-date">
      <input
        type="date"
        className="input"
        aria-label={label}
        value={typeof value === 'string' ? value : ''}
        disabled={today}
        onChange={(e) => onChange(e.target.value)}
      />
      <label className="checkbox rb-today">
        <input type="checkbox" aria-label={todayLabel} checked={today} onChange={(e) => onChange(e.target.checked ? TODAY : '')} />
        <span aria-hidden="true">{todayText}</span>
      </label>
    </span>
  );
}
