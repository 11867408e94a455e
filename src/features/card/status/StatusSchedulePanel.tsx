/**
 * "Stato e calendario": the status as a radio group, and the opening and
 * closing date-times in Rome time. The form is local; it reaches the service
 * only when valid ("Programmato" needs both dates, closing after opening),
 * as one undo step. Undo/redo or another change to the service resets it.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceStatus } from '../../../model/types';
import { useNow } from '../../catalog/data/useNow';
import { StatusBadge } from '../../catalog/StatusBadge';
import { useCardActions, useCardDefinition } from '../session/CardSession';
import { isoToRomeInput } from './romeInput';
import { checkScheduleForm, formFromDefinition, type ScheduleForm } from './scheduleForm';

const STATUSES: ServiceStatus[] = ['draft', 'published', 'scheduled', 'suspended', 'private'];
const COALESCE = 'status-schedule';

export function StatusSchedulePanel() {
  const { t } = useTranslation('card');
  const status = useCardDefinition((d) => d.status);
  const schedule = useCardDefinition((d) => d.schedule);
  const { dispatch, commitTyping } = useCardActions();
  const saved = useMemo(() => ({ status, schedule }), [status, schedule]);
  const [form, setForm] = useState<ScheduleForm>(() => formFromDefinition(saved));
  const now = useNow(useMemo(() => [saved], [saved]));

  useEffect(() => setForm(formFromDefinition(saved)), [saved]);

  const check = checkScheduleForm(form);

  const change = (changes: Partial<ScheduleForm>) => {
    const next = { ...form, ...changes };
    setForm(next);
    const result = checkScheduleForm(next);
    if (!result.ok) return;
    // Touch only the bounds the official changed: re-reading a stored instant
    // through the minute-precision input must not rewrite it.
    const bounds: { opensAt?: string | null; closesAt?: string | null } = {};
    if (next.opens !== isoToRomeInput(schedule.opensAt)) bounds.opensAt = result.opensAt;
    if (next.closes !== isoToRomeInput(schedule.closesAt)) bounds.closesAt = result.closesAt;
    // Window first, then status: each intermediate state is valid too.
    if (Object.keys(bounds).length > 0) dispatch({ name: 'setSchedule', args: bounds }, { coalesceKey: COALESCE });
    if (result.status !== status) dispatch({ name: 'setStatus', args: { status: result.status } }, { coalesceKey: COALESCE });
    commitTyping();
  };

  const showDates = form.status === 'scheduled' || Boolean(form.opens || form.closes);
  const error = (bound: 'opens' | 'closes') => (!check.ok ? check.errors[bound] : undefined);

  return (
    <section className="card-panel status-panel" aria-labelledby="status-heading">
      <div className="panel-title-row">
        <h2 id="status-heading">{t('schedule.title')}</h2>
        <p className="status-now">
          <span className="muted">{t('schedule.current')}:</span> <StatusBadge service={saved} now={now} />
        </p>
      </div>
      <fieldset className="status-options">
        <legend>{t('schedule.status')}</legend>
        {STATUSES.map((s) => (
          <label key={s} className={`status-option${form.status === s ? ' selected' : ''}`}>
            <input type="radio" name="service-status" value={s} checked={form.status === s} onChange={() => change({ status: s })} />
            <span>
              <strong>{t(`schedule.statuses.${s}`)}</strong>
              <span className="status-option-hint">{t(`schedule.hints.${s}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {showDates && (
        <div className="schedule-dates">
          {(['opens', 'closes'] as const).map((bound) => {
            const id = `schedule-${bound}`;
            const err = error(bound);
            return (
              <div key={bound} className={`field${err ? ' has-error' : ''}`}>
                <label htmlFor={id}>
                  {t(`schedule.${bound}`)}
                  {form.status === 'scheduled' && <span className="required-mark"> ({t('required')})</span>}
                </label>
                <input
                  id={id}
                  type="datetime-local"
                  value={form[bound]}
                  aria-invalid={err ? true : undefined}
                  aria-required={form.status === 'scheduled' || undefined}
                  aria-describedby={err ? `${id}-error schedule-tz` : 'schedule-tz'}
                  onChange={(e) => change({ [bound]: e.target.value })}
                />
                {err && (
                  <p id={`${id}-error`} className="field-error">
                    {t(err)}
                  </p>
                )}
              </div>
            );
          })}
          <p id="schedule-tz" className="field-hint schedule-tz">
            {t('schedule.timeZone')} {form.status !== 'scheduled' && t('schedule.windowKept')}
          </p>
        </div>
      )}
      {!check.ok && (
        <p className="notice notice-warning" role="alert">
          {t('schedule.notSaved')}
        </p>
      )}
    </section>
  );
}
