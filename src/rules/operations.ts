/**
 * The extra JsonLogic operations of Mattoncini: the whole "documented set"
 * beyond standard JsonLogic (see README.md). Each is a pure function of its
 * already-evaluated arguments; the reference date comes from `clock.ts`, which
 * `evaluateRule` sets from its `now` option.
 *
 * Conventions, chosen so that a half-filled application never breaks a rule:
 * - a missing or unreadable input gives `null` (JsonLogic's "no value"), never
 *   an exception, so `{"<": [{"age": …}, 18]}` is simply false until answered;
 * - dates are calendar dates, read with `parseCalendarDate`, "today" being the
 *   Europe/Rome date of the reference instant.
 */
import { UNSAFE_PATH_SEGMENTS } from './catalog';
import { referenceNow } from './clock';
import { completedYears, dayNumber, formatIsoDate, parseCalendarDate, romeCalendarDate, type CalendarDate } from './dates';
import { roundDown, roundHalfUp, roundUp, tidy, toDecimals, toNumber } from './numbers';

function todayInRome(): CalendarDate {
  return romeCalendarDate(referenceNow());
}

/**
 * `{"today": []}` → today's date in Europe/Rome as `"YYYY-MM-DD"`.
 * ISO dates compare correctly as strings, so `{"<": [{"var": "scadenza"}, {"today": []}]}` works.
 */
export function today(): string {
  return formatIsoDate(todayInRome());
}

/**
 * `{"age": [date, at?]}` → completed years from `date` to `at` (default: today
 * in Europe/Rome). Born on 29 February: the birthday falls on 28 February in
 * common years (art. 2963 c.c.). `null` when a date is missing or invalid, or
 * when `date` is after `at` (not yet born).
 * @example {"age": [{"var": "data_nascita"}]} → 18 on the 18th birthday
 */
export function age(date: unknown, at?: unknown): number | null {
  const from = parseCalendarDate(date);
  const to = at === undefined || at === null ? todayInRome() : parseCalendarDate(at);
  return from && to ? completedYears(from, to) : null;
}

/**
 * `{"days_between": [from, to]}` → calendar days from `from` to `to`
 * (negative when `to` comes first; DST-proof). `null` when a date is invalid.
 * @example {"days_between": [{"var": "isee.dsu"}, {"today": []}]}
 */
export function daysBetween(from: unknown, to: unknown): number | null {
  const a = parseCalendarDate(from);
  const b = parseCalendarDate(to);
  return a && b ? dayNumber(b) - dayNumber(a) : null;
}

/**
 * `{"round": [x, decimals?]}` → `x` rounded half away from zero to `decimals`
 * (integer 0–10, default 0), as euro amounts are: 2.345 → 2.35, 1.005 → 1.01.
 */
export function round(value: unknown, decimals?: unknown): number | null {
  const x = toNumber(value);
  const d = toDecimals(decimals);
  return x === null || d === null ? null : roundHalfUp(x, d);
}

/** `{"floor": [x, decimals?]}` → `x` rounded down (towards −∞) to `decimals` (default 0). */
export function floor(value: unknown, decimals?: unknown): number | null {
  const x = toNumber(value);
  const d = toDecimals(decimals);
  return x === null || d === null ? null : roundDown(x, d);
}

/** `{"ceil": [x, decimals?]}` → `x` rounded up (towards +∞) to `decimals` (default 0). */
export function ceil(value: unknown, decimals?: unknown): number | null {
  const x = toNumber(value);
  const d = toDecimals(decimals);
  return x === null || d === null ? null : roundUp(x, d);
}

/**
 * `{"count": [list]}` → number of items of a list (a repeatable group such as
 * the household, or a multiple choice). Anything that is not a list counts 0.
 * @example {"count": [{"var": "nucleo"}]} → 3
 */
export function count(list: unknown): number {
  return Array.isArray(list) ? list.length : 0;
}

function property(item: unknown, path: string): unknown {
  let current: unknown = item;
  for (const segment of path.split('.')) {
    if (UNSAFE_PATH_SEGMENTS.has(segment) || current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * `{"sum_of": [list, property?]}` → sum of `property` (a key, dotted for nested
 * answers) over the items of `list`; without `property`, the sum of the items.
 * Non-numeric values are skipped; a non-list sums to 0.
 * @example {"sum_of": [{"var": "figli"}, "punti"]}
 */
export function sumOf(list: unknown, propertyPath?: unknown): number {
  if (!Array.isArray(list)) return 0;
  let total = 0;
  for (const item of list) {
    const raw = typeof propertyPath === 'string' && propertyPath !== '' ? property(item, propertyPath) : item;
    const n = toNumber(raw);
    if (n !== null) total += n;
  }
  return tidy(total);
}

/**
 * `{"bracket": [value, [[upTo1, result1], [upTo2, result2], …], otherwise]}` →
 * the result of the first bracket whose upper bound (inclusive, as in "da
 * 6.000,01 a 9.360") is ≥ `value`, else `otherwise`. Bounds are meant to be
 * ascending. A missing or non-numeric `value` falls in `otherwise` (no ISEE
 * declared → full tariff). A malformed table gives `null`.
 * @example {"bracket": [{"var": "isee.value"}, [[6000, 2], [9360, 3.5], [15000, 4]], 4.5]}
 */
export function bracket(value: unknown, steps: unknown, otherwise: unknown): unknown {
  if (!Array.isArray(steps)) return null;
  // Validate the whole table first: a broken row must fail for every value, not only for some.
  const bounds = steps.map((step) => (Array.isArray(step) && step.length === 2 ? toNumber(step[0]) : null));
  if (bounds.some((b) => b === null)) return null;
  const x = toNumber(value);
  if (x !== null) {
    const index = bounds.findIndex((upTo) => x <= (upTo as number));
    if (index >= 0) return (steps[index] as unknown[])[1];
  }
  return otherwise === undefined ? null : otherwise;
}

/** The extra operations by their JsonLogic name. */
export const EXTRA_OPERATIONS: Readonly<Record<string, (...args: never[]) => unknown>> = Object.freeze({
  today,
  age,
  days_between: daysBetween,
  round,
  floor,
  ceil,
  count,
  sum_of: sumOf,
  bracket,
});
