/**
 * Opening hours in words for the canvas summary and the citizen:
 * "Lun, Mer, Ven 8:30–12:30 · Mar, Gio 8:30–15:30". Weekdays with the same
 * ranges are grouped; three or more consecutive days read as a span ("Lun–Ven").
 */
import type { OpeningDay } from '../../runtime/bookingConfig';

const SHORT = ['Lun', 'Mar', 'Mer', 'Gio', 'Ven', 'Sab', 'Dom'];

/** "08:30" → "8:30": how opening hours are written on office doors. */
const clock = (t: string): string => t.replace(/^0(\d)/, '$1');

/** "Lun–Ven", "Lun, Mer, Ven", "Sab". */
function daysText(days: number[]): string {
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && d === last[last.length - 1] + 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${SHORT[run[0] - 1]}–${SHORT[run[run.length - 1] - 1]}`] : run.map((d) => SHORT[d - 1])))
    .join(', ');
}

export function openingHoursText(hours: readonly OpeningDay[]): string {
  const byRanges = new Map<string, number[]>();
  for (const day of [...hours].sort((a, b) => a.weekday - b.weekday)) {
    if (day.ranges.length === 0) continue;
    const ranges = day.ranges.map((r) => `${clock(r.from)}–${clock(r.to)}`).join(', ');
    const days = byRanges.get(ranges) ?? [];
    if (!days.includes(day.weekday)) days.push(day.weekday);
    byRanges.set(ranges, days);
  }
  return [...byRanges].map(([ranges, days]) => `${daysText(days)} ${ranges}`).join(' · ');
}
