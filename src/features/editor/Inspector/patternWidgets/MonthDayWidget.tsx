/**
 * A day of the year with no year, stored `MM-DD` (x-widget "month-day"): the
 * patron saint's day. Chosen as "giorno" and "mese" from two menus, so no
 * official ever types "11-10"; "—" in either clears it. A day the month does
 * not have (31 aprile) is said inline and not stored.
 */
import { useEffect, useState } from 'react';
import { isValidMonthDay } from '../../../../runtime/holidays';
import type { FieldProps } from '../fieldTypes';
import { usePatternStrings } from './usePatternStrings';
import './patternWidgets.css';

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** "11-10" → { month: "11", day: "10" }; anything else → empty choices. */
function split(value: unknown): { month: string; day: string } {
  return typeof value === 'string' && isValidMonthDay(value) ? { month: value.slice(0, 2), day: value.slice(3) } : { month: '', day: '' };
}

export function MonthDayWidget({ id, label, schema, value, readOnly, onChange }: FieldProps) {
  const { t } = usePatternStrings();
  const months = t('monthDay.months', { returnObjects: true }) as string[];
  // A day picked before its month is a state of the control, not of the document.
  const [choice, setChoice] = useState(() => split(value));
  useEffect(() => {
    const stored = split(value);
    setChoice((c) => (value === undefined && (c.month === '' || c.day === '') ? c : stored));
  }, [value]);
  // The title says "(MM-GG)" for the file format; the menus make it moot.
  const title = label.replace(/\s*\((MM-GG|MM-DD)\)\s*$/, '');
  const hint = (schema as { description?: string }).description;
  const complete = choice.month !== '' && choice.day !== '';
  const invalid = complete && !isValidMonthDay(`${choice.month}-${choice.day}`);
  const problem = invalid
    ? t('monthDay.invalid', { day: Number(choice.day), month: months[Number(choice.month) - 1] })
    : (choice.month === '') !== (choice.day === '')
      ? t('monthDay.incomplete')
      : null;

  const pick = (next: { month: string; day: string }) => {
    setChoice(next);
    const text = `${next.month}-${next.day}`;
    if (next.month !== '' && next.day !== '' && isValidMonthDay(text)) {
      if (text !== value) onChange(text, false);
    } else if (value !== undefined && (next.month === '' || next.day === '')) {
      onChange(undefined, false); // cleared: no patron day
    }
  };
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className={problem ? 'field-group month-day field-invalid' : 'field-group month-day'}>
      <legend>{title}</legend>
      <div className="month-day-menus">
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('monthDay.day')}</label>
          <select id={`${id}-day`} value={choice.day} disabled={readOnly} aria-describedby={describedBy} onChange={(e) => pick({ ...choice, day: e.target.value })}>
            <option value="">{t('monthDay.none')}</option>
            {DAYS.map((d) => (
              <option key={d} value={pad(d)}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-month`}>{t('monthDay.month')}</label>
          <select id={`${id}-month`} value={choice.month} disabled={readOnly} aria-describedby={describedBy} onChange={(e) => pick({ ...choice, month: e.target.value })}>
            <option value="">{t('monthDay.none')}</option>
            {months.map((m, i) => (
              <option key={m} value={pad(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        </div>
      </div>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-error" id={`${id}-error`}>
          {problem}
        </p>
      )}
    </fieldset>
  );
}
