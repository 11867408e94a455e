/**
 * Europe/Rome calendar and clock helpers, built on the platform's `Intl` time
 * zone data only (no date library).
 *
 * Conventions used across `src/runtime`:
 * - an instant is a `Date` (always UTC inside);
 * - a Rome calendar date is a `'YYYY-MM-DD'` string (`RomeDate`);
 * - a Rome wall-clock time is an `'HH:MM'` string (`RomeTime`).
 *
 * Plain calendar arithmetic (adding days, day of week) is done on the date
 * string with UTC maths, because a calendar day has no time zone; only the
 * conversion between a wall-clock time and an instant needs the zone rules.
 */

export const ROME_TIME_ZONE = 'Europe/Rome';

/** A calendar date in Rome, `'YYYY-MM-DD'`. */
export type RomeDate = string;
/** A wall-clock time in Rome, `'HH:MM'` (24 h). */
export type RomeTime = string;
/** ISO day of week: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const OFFSET_CACHE_LIMIT = 50_000;
const offsetCache = new Map<number, number>();

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2}):(\d{2})$/;

/** Parses `'YYYY-MM-DD'`; throws a RangeError on an impossible date (e.g. 2027-02-30). */
export function parseRomeDate(date: RomeDate): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Data non valida: "${date}" (atteso AAAA-MM-GG)`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Data inesistente: "${date}"`);
  }
  return { year, month, day };
}

/** Minutes since midnight of `'HH:MM'`; throws a RangeError when malformed. `'24:00'` is allowed as end of day. */
export function parseRomeTime(time: RomeTime): number {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`Ora non valida: "${time}" (atteso HH:MM)`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) throw new RangeError(`Ora non valida: "${time}"`);
  return h * 60 + min;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `'HH:MM'` from minutes since midnight. */
export function formatMinutes(minutes: number): RomeTime {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

function dateFromUtcMs(ms: number): RomeDate {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

// One formatter, reused: constructing Intl formatters is far costlier than using them.
let partsFormatter: Intl.DateTimeFormat | undefined;
function romeParts(ms: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  partsFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ROME_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of partsFormatter.formatToParts(new Date(ms))) {
    if (p.type in out) out[p.type as keyof typeof out] = Number(p.value);
  }
  return out;
}

/**
 * Offset of Rome from UTC at an instant, in minutes (60 in winter, 120 in summer).
 * Derived by formatting the instant in Rome and reading it back as UTC.
 */
export function romeOffsetMinutes(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  // Rome's offset changes only on whole UTC hours (01:00Z for EU rules, and at
  // whole hours historically), so one lookup per UTC hour is exact. The cache
  // matters: slot lists and year-long checks convert thousands of times.
  const hourKey = Math.floor(ms / HOUR);
  const cached = offsetCache.get(hourKey);
  if (cached !== undefined) return cached;
  const whole = hourKey * HOUR;
  const p = romeParts(whole);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = Math.round((asUtc - whole) / MINUTE);
  if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
  offsetCache.set(hourKey, offset);
  return offset;
}

/**
 * The instant of a Rome wall-clock time.
 *
 * Daylight-saving edges follow the "compatible" rule (as Temporal and most
 * calendars do): on the last Sunday of March the hour 02:00–02:59 does not
 * exist and a time inside it moves forward by the gap (02:30 → 03:30 CEST);
 * on the last Sunday of October 02:00–02:59 happens twice and the first
 * occurrence (still CEST, +02:00) is taken.
 */
export function romeToInstant(date: RomeDate, time: RomeTime = '00:00'): Date {
  const { year, month, day } = parseRomeDate(date);
  const minutes = parseRomeTime(time);
  // The wall time read as if it were UTC; the real instant is this minus the offset.
  const wallMs = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  const before = romeOffsetMinutes(wallMs - DAY);
  const after = romeOffsetMinutes(wallMs + DAY);
  // Larger offset first: when both fit (repeated hour) it gives the earlier instant.
  const candidates = before === after ? [before] : [Math.max(before, after), Math.min(before, after)];
  for (const offset of candidates) {
    const ms = wallMs - offset * MINUTE;
    if (romeOffsetMinutes(ms) === offset) return new Date(ms);
  }
  // No offset fits: the time falls in the spring-forward gap. Using the offset
  // in force before the gap lands the same distance past it.
  return new Date(wallMs - before * MINUTE);
}

/** Rome calendar date, wall-clock time and weekday of an instant. */
export function instantToRome(instant: Date): { date: RomeDate; time: RomeTime; weekday: IsoWeekday } {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Istante non valido');
  // Shift by the offset and read the UTC fields: the same as asking Intl, but cached.
  const wall = new Date(ms + romeOffsetMinutes(ms) * MINUTE);
  const date = dateFromUtcMs(wall.getTime());
  const js = wall.getUTCDay();
  return {
    date,
    time: `${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}`,
    weekday: (js === 0 ? 7 : js) as IsoWeekday,
  };
}

/** The Rome calendar date of an instant (the day a citizen in Italy would say it is). */
export function romeDateOf(instant: Date): RomeDate {
  return instantToRome(instant).date;
}

/** ISO day of week of a calendar date: 1 = Monday … 7 = Sunday. */
export function romeWeekday(date: RomeDate): IsoWeekday {
  const { year, month, day } = parseRomeDate(date);
  const js = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
  return (js === 0 ? 7 : js) as IsoWeekday;
}

/** Adds calendar days (negative to go back); unaffected by DST since it never touches a clock. */
export function addRomeDays(date: RomeDate, days: number): RomeDate {
  const { year, month, day } = parseRomeDate(date);
  return dateFromUtcMs(Date.UTC(year, month - 1, day + days));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: RomeDate, to: RomeDate): number {
  const a = parseRomeDate(from);
  const b = parseRomeDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/** The instant Rome's calendar day starts (midnight is never inside a DST gap in Italy). */
export function startOfRomeDay(date: RomeDate): Date {
  return romeToInstant(date, '00:00');
}

const WEEKDAYS_IT = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];
const MONTHS_IT = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
];

/** Italian weekday name, lower case as Italian writes it ("lunedì"). */
export function italianWeekdayName(weekday: IsoWeekday): string {
  return WEEKDAYS_IT[weekday - 1];
}

// Names are spelled out here rather than asked of Intl: ICU builds differ
// (abbreviations, separators), and these strings appear in tests and receipts.

/** Short Italian date of a calendar date, without leading zeros: "1/3/2027". */
export function formatRomeDateShort(date: RomeDate): string {
  const { year, month, day } = parseRomeDate(date);
  return `${day}/${month}/${year}`;
}

/** Short Italian date of an instant, in Rome: "1/3/2027". */
export function formatDateIt(instant: Date): string {
  return formatRomeDateShort(romeDateOf(instant));
}

/** Long Italian date of a calendar date: "lunedì 1 marzo 2027". */
export function formatRomeDateLong(date: RomeDate): string {
  const { year, month, day } = parseRomeDate(date);
  return `${italianWeekdayName(romeWeekday(date))} ${day} ${MONTHS_IT[month - 1]} ${year}`;
}

/** Long Italian date and time of an instant, in Rome: "lunedì 1 marzo 2027, 09:00". */
export function formatDateTimeIt(instant: Date): string {
  const { date, time } = instantToRome(instant);
  return `${formatRomeDateLong(date)}, ${time}`;
}
