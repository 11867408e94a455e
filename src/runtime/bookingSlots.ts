/**
 * Free appointment slots of a booking calendar, computed from its settings
 * alone (no server): the preview shows exactly what a citizen would see.
 *
 * Every slot is built from a Rome wall-clock time on a Rome calendar day and
 * only then turned into an instant, so "08:30" stays 08:30 on both sides of a
 * daylight-saving change (06:30Z in summer, 07:30Z in winter).
 */
import type { BookingConfig } from './bookingConfig';
import { holidayOn } from './holidays';
import {
  addRomeDays,
  formatMinutes,
  instantToRome,
  parseRomeTime,
  romeDateOf,
  romeToInstant,
  romeWeekday,
  startOfRomeDay,
  type RomeDate,
} from './romeTime';

/** A slot a citizen can still book. */
export interface FreeSlot {
  officeId: string;
  start: Date;
  end: Date;
  /** Places left (capacity minus bookings already taken). */
  remaining: number;
}

/** An existing booking: its start instant (ISO 8601) and office. */
export interface Booking {
  start: string;
  officeId: string;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * Why the offices are closed on a date ("Festa della Liberazione", the closing
 * period's reason, "Chiuso") or `undefined` when they open. Days without
 * opening hours count as closed.
 */
export function closedReason(config: BookingConfig, date: RomeDate): string | undefined {
  for (const p of config.closingPeriods) {
    // 'YYYY-MM-DD' strings compare in calendar order.
    if (p.from <= date && date <= p.to) return p.reason?.trim() || 'Periodo di chiusura';
  }
  if (config.excludeNationalHolidays) {
    const h = holidayOn(date);
    if (h) return h.name;
  }
  // The patron day is a local holiday: it closes the offices whenever it is set.
  if (config.patronDay !== undefined && date.slice(5) === config.patronDay) return 'Festa del santo patrono';
  return dayStartMinutes(config, date).length === 0 ? 'Chiuso' : undefined;
}

/**
 * Start times (minutes since midnight) of the slots of a weekday: each range
 * is cut into whole slots from its start, and a slot never runs past the end
 * of its range. Malformed ranges are skipped so the preview never fails.
 */
function dayStartMinutes(config: BookingConfig, date: RomeDate): number[] {
  const slot = config.slotMinutes;
  if (!(slot > 0)) return [];
  const weekday = romeWeekday(date);
  const starts = new Set<number>();
  for (const day of config.openingHours) {
    if (day.weekday !== weekday) continue;
    for (const range of day.ranges) {
      let from: number;
      let to: number;
      try {
        from = parseRomeTime(range.from);
        to = parseRomeTime(range.to);
      } catch {
        continue;
      }
      for (let m = from; m + slot <= to; m += slot) starts.add(m);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * The bookable slots from today (Rome) for `config.windowDays` calendar days,
 * in time order and, at equal time, in office order. Skipped: days without
 * opening hours, national holidays and the patron day (when configured),
 * closing periods, slots starting before `now + minNoticeHours`, and slots
 * already full. Slots inside the nonexistent hour of the spring DST change
 * are not offered.
 */
export function freeSlots(config: BookingConfig, now: Date, booked: readonly Booking[] = []): FreeSlot[] {
  const earliest = now.getTime() + Math.max(0, config.minNoticeHours) * HOUR;
  const taken = new Map<string, number>();
  for (const b of booked) {
    const ms = Date.parse(b.start);
    if (Number.isNaN(ms)) continue;
    const key = `${b.officeId}|${ms}`;
    taken.set(key, (taken.get(key) ?? 0) + 1);
  }
  const today = romeDateOf(now);
  const out: FreeSlot[] = [];
  for (let i = 0; i < config.windowDays; i += 1) {
    const date = addRomeDays(today, i);
    if (closedReason(config, date) !== undefined) continue;
    for (const m of dayStartMinutes(config, date)) {
      const startTime = formatMinutes(m);
      const start = romeToInstant(date, startTime);
      if (start.getTime() < earliest) continue;
      if (instantToRome(start).time !== startTime) continue; // inside the DST gap
      // A slot is a duration: on the 25-hour October Sunday a wall-clock end could make it 80 minutes long.
      const end = new Date(start.getTime() + config.slotMinutes * MINUTE);
      for (const office of config.offices) {
        const remaining = config.capacityPerSlot - (taken.get(`${office.id}|${start.getTime()}`) ?? 0);
        if (remaining > 0) out.push({ officeId: office.id, start, end, remaining });
      }
    }
  }
  return out;
}

/**
 * The instant from which a booking can no longer be cancelled: midnight
 * (Rome) starting the day that is `cancellationLimitDays - 1` days before the
 * appointment, so a limit of 1 allows cancelling until the end of the day
 * before; a limit of 0 allows it until the appointment starts.
 */
export function cancellationDeadline(config: BookingConfig, slotStart: Date): Date {
  const limit = Math.max(0, Math.floor(config.cancellationLimitDays));
  if (limit === 0) return slotStart;
  const day = addRomeDays(romeDateOf(slotStart), 1 - limit);
  const deadline = startOfRomeDay(day);
  return deadline.getTime() < slotStart.getTime() ? deadline : slotStart;
}

/** Whether a booking for `slotStart` can still be cancelled at `now`. */
export function canCancel(config: BookingConfig, slotStart: Date, now: Date): boolean {
  return now.getTime() < cancellationDeadline(config, slotStart).getTime();
}
