/**
 * Calendar-date helpers for the rule operations. A calendar date has no time
 * zone, so arithmetic is done with UTC maths on year/month/day; only turning an
 * instant into "today" needs the Europe/Rome zone rules (from `Intl`).
 *
 * Kept separate from `src/runtime/romeTime.ts` on purpose: `rules/` sits above
 * `runtime/` in the layer order and may not import it.
 */

/** A calendar date (month 1–12). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time with an explicit zone designates an instant; without one it is a Rome wall-clock time.
const DATE_TIME_ZONED = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_TIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+$/i;

let romeFormatter: Intl.DateTimeFormat | undefined;

/** The Europe/Rome calendar date of an instant. */
export function romeCalendarDate(instant: Date): CalendarDate {
  // en-CA formats as YYYY-MM-DD; one formatter is reused because creating one is costly.
  romeFormatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = romeFormatter.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Reads a calendar date from an answer: `'YYYY-MM-DD'` (what date fields
 * store), an ISO date-time (with a zone it is an instant, taken in Rome; without
 * one, its date part), or a `Date`. Anything else, or an impossible date such
 * as 2023-02-29, gives `null`.
 */
export function parseCalendarDate(value: unknown): CalendarDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : romeCalendarDate(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text) ?? DATE_TIME_LOCAL.exec(text);
  if (dateOnly && !DATE_TIME_ZONED.test(text)) {
    return checked(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
  }
  if (DATE_TIME_ZONED.test(text)) {
    const instant = new Date(text);
    return Number.isNaN(instant.getTime()) ? null : romeCalendarDate(instant);
  }
  return null;
}

/** True for a string that is exactly an ISO calendar date (`'2025-03-31'`). */
export function isIsoDateString(value: unknown): value is string {
  return typeof value === 'string' && DATE_ONLY.test(value) && parseCalendarDate(value) !== null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `'YYYY-MM-DD'`. */
export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `'dd/mm/yyyy'`, as Italian (and British) officials write dates. */
export function formatDayMonthYear(date: CalendarDate): string {
  return `${pad(date.day)}/${pad(date.month)}/${pad(date.year, 4)}`;
}

/** Days since 1970-01-01 (UTC maths: a calendar date has no daylight saving). */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

/**
 * Completed years from `from` to `to` (an age). Someone born on 29 February
 * has the anniversary on 28 February in common years: by analogy with art. 2963
 * c.c. ("se nel mese di scadenza manca tale giorno, il termine si compie con
 * l'ultimo giorno dello stesso mese"). Returns `null` when `to` precedes `from`.
 */
export function completedYears(from: CalendarDate, to: CalendarDate): number | null {
  if (dayNumber(to) < dayNumber(from)) return null;
  let years = to.year - from.year;
  const anniversaryDay = Math.min(from.day, daysInMonth(to.year, from.month));
  if (to.month < from.month || (to.month === from.month && to.day < anniversaryDay)) years -= 1;
  return years;
}
