/**
 * The status-and-schedule form as pure data: what the official typed, and
 * whether it can be saved. Invalid input is never dispatched: the form keeps
 * it, shows the Italian error beside the field, and the stored service keeps
 * its last valid state.
 */
import type { ServiceDefinition, ServiceStatus } from '../../../model/types';
import { isoToRomeInput, romeInputToIso } from './romeInput';

export interface ScheduleForm {
  status: ServiceStatus;
  /** `datetime-local` texts, Rome time; `''` when empty. */
  opens: string;
  closes: string;
}

/** i18n keys (namespace `card`) of the problems. */
export type ScheduleErrorKey = 'schedule.errors.opensRequired' | 'schedule.errors.closesRequired' | 'schedule.errors.invalid' | 'schedule.errors.closesBeforeOpens';

export type ScheduleCheck =
  | { ok: true; status: ServiceStatus; opensAt: string | null; closesAt: string | null }
  | { ok: false; errors: { opens?: ScheduleErrorKey; closes?: ScheduleErrorKey } };

/** The form showing what a definition holds. */
export function formFromDefinition(def: Pick<ServiceDefinition, 'status' | 'schedule'>): ScheduleForm {
  return { status: def.status, opens: isoToRomeInput(def.schedule.opensAt), closes: isoToRomeInput(def.schedule.closesAt) };
}

/**
 * Checks the form. "Programmato" needs both dates; whenever both are given
 * the closing must come after the opening (the window is kept for other
 * statuses too, ready for when the service is scheduled again).
 */
export function checkScheduleForm(form: ScheduleForm): ScheduleCheck {
  const errors: { opens?: ScheduleErrorKey; closes?: ScheduleErrorKey } = {};
  const opensAt = form.opens.trim() ? romeInputToIso(form.opens) : null;
  const closesAt = form.closes.trim() ? romeInputToIso(form.closes) : null;
  if (form.opens.trim() && !opensAt) errors.opens = 'schedule.errors.invalid';
  if (form.closes.trim() && !closesAt) errors.closes = 'schedule.errors.invalid';
  if (form.status === 'scheduled') {
    if (!form.opens.trim()) errors.opens = 'schedule.errors.opensRequired';
    if (!form.closes.trim()) errors.closes = 'schedule.errors.closesRequired';
  }
  if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) errors.closes = 'schedule.errors.closesBeforeOpens';
  if (errors.opens || errors.closes) return { ok: false, errors };
  return { ok: true, status: form.status, opensAt, closesAt };
}
