/**
 * The booking's slot picker in the citizen preview, registered under the
 * blocks' `SLOT_PICKER_FIELD`: the free slots of the coming days from the
 * booking block's `compute()` (which follows the preview's "as of" clock),
 * grouped by day — a fieldset with the day as legend, one radio per slot,
 * all in one radio group so arrow keys move through them — a few days per
 * page, the office first when there are several, and the days closed for a
 * holiday or a closure. The answer is `{ officeId, start }`.
 */
import type { FieldProps } from '@rjsf/utils';
import { useId, useState } from 'react';
import type { BookingComputed, SlotView } from '../../../blocks/booking/compute';
import { cancellationText } from '../../../blocks/booking/computeReceipt';
import { formatDateTime, formatLongDate } from '../format';
import type { Translate } from '../translate';
import { resultAt, type PreviewFormContext } from './LivePatternField';

/** Days per page: a week of office days fits a phone's screen without endless scrolling. */
export const DAYS_PER_PAGE = 4;

type Answer = { officeId?: unknown; start?: unknown };
type Day = BookingComputed['days'][number];

const keyOf = (t: Translate | undefined): Translate => t ?? ((key) => key);

/** "entro lunedì 8 marzo 2027" / "until Monday 8 March 2027, 00:00". */
function cancelWhen(iso: string, language: string): string {
  return language === 'en' ? `until ${formatDateTime(new Date(iso), 'en')}` : cancellationText(iso);
}

function errorsOf(errorSchema: FieldProps['errorSchema'], key: string): string[] {
  const node = (errorSchema as Record<string, { __errors?: string[] }> | undefined)?.[key];
  return Array.isArray(node?.__errors) ? node.__errors : [];
}

export function SlotPickerField(props: FieldProps) {
  const context = props.registry.formContext as PreviewFormContext | undefined;
  const t = keyOf(context?.t);
  const language = context?.language ?? 'it';
  const path = (props.fieldPathId?.path ?? [props.name]) as (string | number)[];
  const result = resultAt(path, context?.computed ?? {}) as Partial<BookingComputed> | undefined;
  const offices = Array.isArray(result?.offices) ? result.offices : [];
  const value = (props.formData ?? {}) as Answer;
  const officeId = typeof value.officeId === 'string' ? value.officeId : offices.length === 1 ? offices[0].id : undefined;
  const start = typeof value.start === 'string' ? value.start : undefined;
  const days: Day[] = (Array.isArray(result?.days) ? result.days : [])
    .map((d) => ({ ...d, slots: d.slots.filter((s) => s.officeId === officeId) }))
    .filter((d) => d.slots.length > 0);
  const slotCount = days.reduce((n, d) => n + d.slots.length, 0);
  const chosenIndex = start ? days.findIndex((d) => d.slots.some((s) => s.start === start)) : -1;
  const [page, setPage] = useState(() => Math.max(0, Math.floor(chosenIndex / DAYS_PER_PAGE)));
  const pages = Math.max(1, Math.ceil(days.length / DAYS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = days.slice(current * DAYS_PER_PAGE, (current + 1) * DAYS_PER_PAGE);
  const id = props.fieldPathId?.$id ?? props.name;
  const uid = useId();
  const title = typeof props.schema.title === 'string' ? props.schema.title : props.name;
  const description = typeof props.uiSchema?.['ui:description'] === 'string' ? (props.uiSchema['ui:description'] as string) : undefined;
  const errors = [...errorsOf(props.errorSchema, 'officeId'), ...errorsOf(props.errorSchema, 'start')];
  const startMs = start ? Date.parse(start) : NaN;
  const selected = result?.selected && !Number.isNaN(startMs) && Date.parse(result.selected.start) === startMs ? result.selected : null;
  const office = offices.find((o) => o.id === (selected?.officeId ?? officeId));

  const choose = (slot: SlotView) => props.onChange({ officeId: slot.officeId, start: slot.start }, props.fieldPathId.path);
  const chooseOffice = (next: string) => {
    setPage(0);
    props.onChange(next ? { officeId: next } : {}, props.fieldPathId.path);
  };

  // Closures between this page's first day and the next page's first day (or the end of the window).
  const from = shown[0]?.date;
  const until = days[(current + 1) * DAYS_PER_PAGE]?.date;
  const closed = (Array.isArray(result?.closedDays) ? result.closedDays : []).filter((c) => (!from || c.date >= from) && (!until || c.date < until));
  const describedBy = [description ? `${uid}-desc` : '', errors.length ? `${uid}-errors` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="slot-picker" aria-describedby={describedBy} data-testid="slot-picker">
      <legend className="slot-picker-title">
        {title}
        {props.required && <span className="required" aria-hidden="true">*</span>}
      </legend>
      {description && (
        <p className="field-description" id={`${uid}-desc`}>
          {description}
        </p>
      )}
      {offices.length > 1 && (
        <div className="form-group">
          <label htmlFor={`${id}_officeId`}>{t('citizen.slots.office')}</label>
          <select id={`${id}_officeId`} className="form-select" value={officeId ?? ''} onChange={(e) => chooseOffice(e.target.value)}>
            <option value="">{t('citizen.slots.chooseOffice')}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.address ? `${o.name} — ${o.address}` : o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {start && (
        <div className={selected?.free === false ? 'slot-chosen slot-chosen-warning' : 'slot-chosen'} role="status" data-testid="slot-chosen">
          {selected?.free === false ? (
            <p className="mb-0 fw-semibold">{t('citizen.slots.notFree')}</p>
          ) : (
            <>
              <p className="mb-1">
                {t('citizen.slots.chosen')}: <strong>{selected?.text ?? start}</strong>
              </p>
              {office && <p className="mb-1">{t('citizen.slots.chosenAt', { office: office.address ? `${office.name}, ${office.address}` : office.name })}</p>}
              {selected?.cancellableUntil && <p className="mb-0 text-paragraph-small">{t('citizen.slots.cancel', { when: cancelWhen(selected.cancellableUntil, language) })}</p>}
            </>
          )}
        </div>
      )}
      {officeId !== undefined && (
        <>
          <p className="slot-intro">{slotCount > 0 ? t('citizen.slots.freeIntro', { count: slotCount }) : t('citizen.slots.none')}</p>
          {shown.map((day) => {
            const dayLabel = formatLongDate(day.date, language);
            return (
              <fieldset className="slot-day" key={day.date}>
                <legend className="slot-day-title">{dayLabel}</legend>
                <div className="slot-grid">
                  {day.slots.map((slot, i) => {
                    const inputId = `${id}_start-${day.date}-${i}`;
                    return (
                      <div className="slot" key={slot.start}>
                        <input
                          className="slot-input"
                          type="radio"
                          id={inputId}
                          name={`${id}_start`}
                          value={slot.start}
                          checked={slot.start === start}
                          onChange={() => choose(slot)}
                        />
                        <label className="slot-label" htmlFor={inputId}>
                          {/* Read as «martedì 1 dicembre 2026, 09:20, 2 posti liberi»; seen as «09:20 · 2 posti». */}
                          <span className="visually-hidden">
                            {dayLabel}, {slot.time}, {t('citizen.slots.places', { count: slot.remaining })}
                          </span>
                          <span className="slot-time" aria-hidden="true">
                            {slot.time}
                          </span>
                          <span className="slot-places" aria-hidden="true">
                            {t('citizen.slots.placesShort', { count: slot.remaining })}
                          </span>
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
          {closed.length > 0 && (
            <div className="slot-closed">
              <p className="fw-semibold mb-1">{t('citizen.slots.closed')}</p>
              <ul className="mb-0">
                {closed.map((c) => (
                  <li key={c.date}>{t('citizen.slots.closedDay', { date: formatLongDate(c.date, language), reason: c.reason })}</li>
                ))}
              </ul>
            </div>
          )}
          {pages > 1 && (
            <div className="slot-pager">
              <button type="button" className="btn btn-outline-primary btn-sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
                {t('citizen.slots.earlier')}
              </button>
              <span className="slot-pager-range" aria-live="polite">
                {shown.length > 0 && t('citizen.slots.range', { from: formatLongDate(shown[0].date, language), to: formatLongDate(shown[shown.length - 1].date, language) })}
              </span>
              <button type="button" className="btn btn-outline-primary btn-sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                {t('citizen.slots.later')}
              </button>
            </div>
          )}
        </>
      )}
      {errors.length > 0 && (
        <ul className="error-detail" id={`${uid}-errors`}>
          {errors.map((e, i) => (
            <li key={i} className="text-danger">
              {e}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
