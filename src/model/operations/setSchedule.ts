import type { Schedule, ServiceDefinition } from '../types';

/** New bounds of the opening window: an ISO instant, `null` to clear; omitted keys unchanged. */
export type SetScheduleArgs = Schedule;

// The shape Ajv's "date-time" format accepts (seconds and time zone required).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Date.parse rolls "02-30" over to March; the format (and Ajv) reject such a day. */
function isRealDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const isInstant = (value: string | null): boolean =>
  value === null || (DATE_TIME.test(value) && isRealDay(value) && !Number.isNaN(Date.parse(value)));

/**
 * Sets the opening window (stored as instants; the UI converts from
 * Europe/Rome). A window closing before it opens is accepted and reported by
 * `validate()`, because the official edits one bound at a time. No-op if a
 * value is not an ISO instant or nothing changes.
 */
export function setSchedule(def: ServiceDefinition, args: SetScheduleArgs): ServiceDefinition {
  const next = { ...def.schedule };
  for (const bound of ['opensAt', 'closesAt'] as const) {
    const value = args[bound];
    if (value === undefined) continue;
    if (!isInstant(value)) return def;
    next[bound] = value;
  }
  if (next.opensAt === def.schedule.opensAt && next.closesAt === def.schedule.closesAt) return def;
  return { ...def, schedule: next };
}
