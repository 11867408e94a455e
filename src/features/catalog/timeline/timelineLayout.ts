/**
 * Geometry of the opening calendar, pure: a range of whole Rome months, and
 * for each service with a schedule the part of its window inside the range,
 * as percentages of the range's width (months differ in length, so positions
 * come from instants, not from month counts).
 */
import { romeDateOf, startOfRomeDay } from '../../../runtime/romeTime';
import type { CatalogEntry } from '../model/catalogEntry';

export interface TimelineMonth {
  /** `'YYYY-MM'`. */
  month: string;
  startMs: number;
  leftPct: number;
  widthPct: number;
}

export interface TimelineRange {
  startMs: number;
  endMs: number;
  months: TimelineMonth[];
}

export interface TimelineBar {
  entry: CatalogEntry;
  opensAt: number | null;
  closesAt: number | null;
  leftPct: number;
  widthPct: number;
  /** The window started before the range (or has no opening). */
  clippedStart: boolean;
  /** The window ends after the range (or has no closing). */
  clippedEnd: boolean;
}

/** `'YYYY-MM'` shifted by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The Rome month containing `instant`, `'YYYY-MM'`. */
export const romeMonthOf = (instant: Date): string => romeDateOf(instant).slice(0, 7);

/** `count` whole months from the start of `firstMonth`, midnight to midnight in Rome. */
export function timelineRange(firstMonth: string, count: number): TimelineRange {
  const starts = Array.from({ length: count + 1 }, (_, i) => startOfRomeDay(`${addMonths(firstMonth, i)}-01`).getTime());
  const startMs = starts[0];
  const endMs = starts[count];
  const span = endMs - startMs;
  const months = starts.slice(0, count).map((ms, i) => ({
    month: addMonths(firstMonth, i),
    startMs: ms,
    leftPct: ((ms - startMs) / span) * 100,
    widthPct: ((starts[i + 1] - ms) / span) * 100,
  }));
  return { startMs, endMs, months };
}

const instant = (value: string | null | undefined): number | null => {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
};

/** Where `ms` falls in the range, in percent, clamped to [0, 100]. */
export function positionPct(range: TimelineRange, ms: number): number {
  const pct = ((ms - range.startMs) / (range.endMs - range.startMs)) * 100;
  return Math.min(100, Math.max(0, pct));
}

/** Bars of the services whose window (with at least one date) meets the range, by opening then title. */
export function layoutBars(entries: readonly CatalogEntry[], range: TimelineRange): TimelineBar[] {
  const bars: TimelineBar[] = [];
  for (const entry of entries) {
    const opensAt = instant(entry.schedule.opensAt);
    const closesAt = instant(entry.schedule.closesAt);
    if (opensAt === null && closesAt === null) continue;
    const from = opensAt ?? Number.NEGATIVE_INFINITY;
    const to = closesAt ?? Number.POSITIVE_INFINITY;
    if (to <= range.startMs || from >= range.endMs || to <= from) continue;
    const left = positionPct(range, Math.max(from, range.startMs));
    const right = positionPct(range, Math.min(to, range.endMs));
    bars.push({
      entry,
      opensAt,
      closesAt,
      leftPct: left,
      widthPct: Math.max(right - left, 0.4), // a same-day window stays visible
      clippedStart: from < range.startMs,
      clippedEnd: to > range.endMs,
    });
  }
  return bars.sort(
    (a, b) => (a.opensAt ?? -Infinity) - (b.opensAt ?? -Infinity) || a.entry.title.localeCompare(b.entry.title, 'it'),
  );
}
