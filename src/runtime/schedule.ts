/**
 * Whether a service is open to citizens at a given instant, from its status
 * and its schedule, with the Italian badge label the catalogue and the
 * preview show.
 *
 * The schedule is stored as instants; the labels speak Rome calendar days.
 * The window is half-open, [opensAt, closesAt): a service is open at exactly
 * `opensAt` and already closed at exactly `closesAt`, so "closes at midnight
 * of 1 April" reads as "open until 31 March".
 */
import type { ServiceDefinition } from '../model/types';
import { formatDateIt, instantToRome } from './romeTime';

/** The displayed state of a service. */
export type AvailabilityState =
  | 'draft'
  | 'published'
  | 'scheduled-before'
  | 'scheduled-open'
  | 'closed'
  | 'suspended'
  | 'private';

/** Result of {@link serviceAvailability}. */
export interface Availability {
  /** Whether a citizen can start and submit an application now. */
  open: boolean;
  state: AvailabilityState;
  /** For scheduled services: when the window opens (if set). */
  opensAt?: Date;
  /** For scheduled services: when the window closes (if set). */
  closesAt?: Date;
  /** Italian badge text, e.g. "Programmato — apre il 1/3/2027". */
  label: string;
}

/** The parts of a definition this module reads (a whole definition fits). */
export type SchedulableService = Pick<ServiceDefinition, 'status' | 'schedule'>;

function toInstant(value: string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  // An unparseable date is treated as unset; the model validator reports it.
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

const isMidnight = (instant: Date): boolean => instantToRome(instant).time === '00:00';

/** "1/3/2027", or "1/3/2027 alle 09:00" when the opening is not at midnight. */
function opensLabel(opensAt: Date): string {
  const base = formatDateIt(opensAt);
  return isMidnight(opensAt) ? base : `${base} alle ${instantToRome(opensAt).time}`;
}

/**
 * "31/3/2027" for a window closing at midnight of 1 April (the last open day,
 * which is what a citizen needs), or "31/3/2027 alle 18:00" otherwise.
 */
function closesLabel(closesAt: Date): string {
  if (isMidnight(closesAt)) return formatDateIt(new Date(closesAt.getTime() - 1));
  return `${formatDateIt(closesAt)} alle ${instantToRome(closesAt).time}`;
}

/**
 * The state of a service at `now`.
 *
 * - draft → "Bozza" (not open); suspended → "Sospeso" (not open);
 * - published → "Pubblicato" (open; the schedule is ignored: it only governs
 *   the "scheduled" status, as in OpenCity);
 * - private → "Privato": open, because a private service is unlisted but
 *   reachable by its direct link (OpenCity semantics);
 * - scheduled → "Programmato — apre il …" before `opensAt`, "Aperto fino al …"
 *   inside the window (just "Aperto" without `closesAt`), "Chiuso" from `closesAt` on.
 */
export function serviceAvailability(def: SchedulableService, now: Date): Availability {
  switch (def.status) {
    case 'draft':
      return { open: false, state: 'draft', label: 'Bozza' };
    case 'published':
      return { open: true, state: 'published', label: 'Pubblicato' };
    case 'suspended':
      return { open: false, state: 'suspended', label: 'Sospeso' };
    case 'private':
      return { open: true, state: 'private', label: 'Privato' };
    case 'scheduled':
      return scheduledAvailability(def, now);
  }
}

function scheduledAvailability(def: SchedulableService, now: Date): Availability {
  const opensAt = toInstant(def.schedule.opensAt);
  const closesAt = toInstant(def.schedule.closesAt);
  const window = { ...(opensAt && { opensAt }), ...(closesAt && { closesAt }) };
  const t = now.getTime();
  // Closing wins: a window whose end precedes its start is never open.
  if (closesAt && t >= closesAt.getTime()) {
    return { open: false, state: 'closed', ...window, label: 'Chiuso' };
  }
  if (opensAt && t < opensAt.getTime()) {
    return { open: false, state: 'scheduled-before', ...window, label: `Programmato — apre il ${opensLabel(opensAt)}` };
  }
  const label = closesAt ? `Aperto fino al ${closesLabel(closesAt)}` : 'Aperto';
  return { open: true, state: 'scheduled-open', ...window, label };
}

/**
 * The next instant after `now` at which {@link serviceAvailability} gives a
 * different state or label, so the UI can schedule one re-render instead of
 * polling; `undefined` when nothing will change by itself.
 */
export function nextChange(def: SchedulableService, now: Date): Date | undefined {
  if (def.status !== 'scheduled') return undefined;
  const current = serviceAvailability(def, now);
  const boundaries = [toInstant(def.schedule.opensAt), toInstant(def.schedule.closesAt)]
    .filter((d): d is Date => d !== undefined && d.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  for (const at of boundaries) {
    const then = serviceAvailability(def, at);
    if (then.state !== current.state || then.label !== current.label) return at;
  }
  return undefined;
}
