/**
 * Pure helpers of the opening-hours control: reading what officials type as a
 * time, the problems of one weekday's ranges, and the edits (a day's ranges
 * replaced, a range added where it most likely goes).
 */
import type { OpeningDay, TimeRange } from '../../../../runtime/bookingConfig';

/** A stored day (other keys from newer files are kept). */
export type StoredDay = Record<string, unknown> & { weekday?: unknown; ranges?: unknown };

/**
 * "8:30", "08.30", "0830" → "08:30"; "24:00" (end of the day) is allowed.
 * `undefined` for anything else, including half-typed "8:3".
 */
export function parseTime(text: string): string | undefined {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text) ?? /^\s*(\d{2})(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

const minutes = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};
const clock = (total: number): string => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** "08:30" → "8:30", as on office doors (and in the block's summary). */
export const shortTime = (time: string): string => time.replace(/^0(\d)/, '$1');

/** A problem of one range: its start is not before its end, or it overlaps an earlier range of the day. */
export type RangeProblem = { kind: 'order'; from: string; to: string } | { kind: 'overlap'; other: string };

/** For each range of a day, its problem or null. Ranges with an unreadable time are left to the time inputs. */
export function rangeProblems(ranges: readonly TimeRange[]): Array<RangeProblem | null> {
  const valid = ranges.map((r) => parseTime(r.from) !== undefined && parseTime(r.to) !== undefined);
  return ranges.map((r, i) => {
    if (!valid[i]) return null;
    const [from, to] = [minutes(r.from), minutes(r.to)];
    if (from >= to) return { kind: 'order', from: shortTime(r.from), to: shortTime(r.to) };
    for (let j = 0; j < i; j += 1) {
      const o = ranges[j];
      if (!valid[j] || minutes(o.from) >= minutes(o.to)) continue;
      if (from < minutes(o.to) && minutes(o.from) < to) return { kind: 'overlap', other: `${shortTime(o.from)}–${shortTime(o.to)}` };
    }
    return null;
  });
}

/** The ranges stored for a weekday (1 = Monday), read defensively. */
export function rangesOf(days: readonly StoredDay[], weekday: number): TimeRange[] {
  const day = days.find((d) => d.weekday === weekday);
  if (!day || !Array.isArray(day.ranges)) return [];
  return day.ranges.filter(
    (r): r is TimeRange => !!r && typeof r === 'object' && typeof (r as TimeRange).from === 'string' && typeof (r as TimeRange).to === 'string',
  );
}

/**
 * The week with `weekday`'s ranges replaced: a day left without ranges is
 * removed (closed), a newly opened one is inserted in weekday order, and
 * every other day is kept exactly as stored.
 */
export function withDay(days: readonly StoredDay[], weekday: number, ranges: TimeRange[]): StoredDay[] {
  const rest = days.filter((d) => d.weekday !== weekday);
  if (ranges.length === 0) return rest;
  const existing = days.find((d) => d.weekday === weekday);
  const day: StoredDay = { ...(existing ?? {}), weekday: weekday as OpeningDay['weekday'], ranges };
  const at = rest.findIndex((d) => typeof d.weekday === 'number' && d.weekday > weekday);
  return at < 0 ? [...rest, day] : [...rest.slice(0, at), day, ...rest.slice(at)];
}

/**
 * A new range for a day: 09:00–12:00 on a closed day; else the afternoon
 * after the last range (an hour's break, three hours long), kept within the day.
 */
export function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const last = ranges[ranges.length - 1];
  const end = last && parseTime(last.to) !== undefined ? minutes(last.to) : undefined;
  if (end === undefined) return { from: '09:00', to: '12:00' };
  const from = Math.min(end + 60, 23 * 60);
  return { from: clock(from), to: clock(Math.min(from + 180, 24 * 60)) };
}
