/**
 * "Orari di apertura" of a booking (x-widget "opening-hours"): the seven
 * weekdays, Monday first, each with several from–to ranges or closed. The
 * stored list holds only open days, in weekday order, as the runtime reads it.
 */
import type { TimeRange } from '../../../../runtime/bookingConfig';
import { Icon } from '../../Icon';
import type { FieldProps } from '../fieldTypes';
import { DayHours } from './DayHours';
import { rangesOf, withDay, type StoredDay } from './openingHours';
import { usePatternStrings } from './usePatternStrings';
import './patternWidgets.css';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function OpeningHoursWidget({ id, label, schema, value, readOnly, onChange, onCommit }: FieldProps) {
  const { t } = usePatternStrings();
  const days: StoredDay[] = Array.isArray(value) ? (value as StoredDay[]) : [];
  const names = t('weekdays', { returnObjects: true }) as string[];
  const description = (schema as { description?: string }).description;
  const monday = rangesOf(days, 1);
  // Most offices keep the same hours Monday to Friday: set Monday, copy it over in one step.
  const copyMonday = () => {
    let next = days;
    for (const weekday of [2, 3, 4, 5]) next = withDay(next, weekday, monday.map((r) => ({ ...r })));
    onChange(next, false);
  };
  return (
    <fieldset className="field-group pattern-list hours">
      <legend>{label}</legend>
      {description && <p className="field-hint">{description}</p>}
      {WEEKDAYS.map((weekday) => (
        <DayHours
          key={weekday}
          id={`${id}-${weekday}`}
          day={names[weekday - 1]}
          ranges={rangesOf(days, weekday)}
          readOnly={readOnly}
          onChange={(ranges: TimeRange[], typing) => onChange(withDay(days, weekday, ranges), typing)}
          onCommit={onCommit}
        />
      ))}
      {!readOnly && monday.length > 0 && (
        <button type="button" className="btn btn-small hours-copy" onClick={copyMonday}>
          <Icon name="copy" size={16} />
          {t('hours.copy')}
        </button>
      )}
    </fieldset>
  );
}
