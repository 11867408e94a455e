/**
 * The runtime's `BookingConfig` read from a booking node's props,
 * defensively: entries that cannot be read are skipped (the runtime's
 * `validateBookingConfig` names what is wrong), never thrown on.
 */
import type { BookingConfig, OpeningDay } from '../../runtime/bookingConfig';
import type { IsoWeekday } from '../../runtime/romeTime';
import { objectsOf } from '../shared/patterns';
import { num, str } from '../shared/props';

export function bookingConfig(props: Record<string, unknown>): BookingConfig {
  const offices = objectsOf(props.offices)
    .filter((o) => str(o.id) !== undefined)
    .map((o) => ({ id: o.id as string, name: str(o.name) ?? (o.id as string), address: str(o.address) ?? '' }));
  const openingHours: OpeningDay[] = objectsOf(props.openingHours)
    .filter((d) => Number.isInteger(d.weekday) && (d.weekday as number) >= 1 && (d.weekday as number) <= 7)
    .map((d) => ({
      weekday: d.weekday as IsoWeekday,
      ranges: objectsOf(d.ranges)
        .filter((r) => typeof r.from === 'string' && typeof r.to === 'string')
        .map((r) => ({ from: r.from as string, to: r.to as string })),
    }));
  const closingPeriods = objectsOf(props.closingPeriods)
    .filter((p) => typeof p.from === 'string' && typeof p.to === 'string')
    .map((p) => ({ from: p.from as string, to: p.to as string, ...(str(p.reason) ? { reason: p.reason as string } : {}) }));
  const patronDay = str(props.patronDay);
  return {
    offices,
    openingHours,
    slotMinutes: num(props.slotMinutes) ?? 0,
    capacityPerSlot: num(props.capacityPerSlot) ?? 1,
    closingPeriods,
    excludeNationalHolidays: props.excludeNationalHolidays !== false,
    ...(patronDay ? { patronDay } : {}),
    windowDays: num(props.windowDays) ?? 0,
    minNoticeHours: num(props.minNoticeHours) ?? 0,
    cancellationLimitDays: num(props.cancellationLimitDays) ?? 0,
  };
}
