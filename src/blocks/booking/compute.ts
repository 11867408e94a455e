/**
 * What the citizen preview shows for a booking: the free slots of the coming
 * days computed from the settings alone by the runtime's `freeSlots`
 * (Europe/Rome, across daylight-saving changes), the days closed for a
 * holiday or a closure, and for the slot picked the cancellation deadline.
 */
import { validateBookingConfig } from '../../runtime/bookingConfig';
import { cancellationDeadline, closedReason, freeSlots } from '../../runtime/bookingSlots';
import {
  addRomeDays,
  formatDateTimeIt,
  formatRomeDateLong,
  instantToRome,
  romeDateOf,
  romeWeekday,
  type IsoWeekday,
  type RomeDate,
} from '../../runtime/romeTime';
import type { PatternReceipt } from '../shared/citizenOutputs';
import { objectOf, ownAnswer } from '../shared/patterns';
import { labelOf, str } from '../shared/props';
import type { ComputeContext } from '../types';
import { bookingConfig } from './config';
import { bookingReceipt, cancellationText } from './computeReceipt';

/** One bookable slot, as the picker shows and stores it. */
export type SlotView = { officeId: string; start: string; end: string; time: string; remaining: number };

/** Result of the booking's `compute()`: plain JSON, instants as ISO strings. */
export type BookingComputed = {
  /** Days with at least one free slot, in date order. */
  days: Array<{ date: RomeDate; label: string; slots: SlotView[] }>;
  slotCount: number;
  /** Days in the window that would open but are closed (holiday, patron day, closure), with the reason. */
  closedDays: Array<{ date: RomeDate; reason: string }>;
  offices: Array<{ id: string; name: string; address: string }>;
  /** The slot in the answer, if any: still free?, and until when it can be cancelled. */
  selected: { officeId: string; start: string; free: boolean; text: string; cancellableUntil: string | null } | null;
  /** The settings' problems, in Italian (`validateBookingConfig`). */
  problems: string[];
  /** The first free slot, or the slot picked and its cancellation limit, as the citizen reads them (markdown). */
  markdown: string;
  /** The appointment for the summary and the receipt, once a slot is chosen. */
  receipt?: PatternReceipt;
};

function bookingMarkdown(r: Omit<BookingComputed, 'markdown' | 'receipt'>, windowDays: number): string {
  if (r.selected) {
    if (!r.selected.free) return 'L’orario scelto non è disponibile: scegline un altro.';
    const office = r.offices.length > 1 ? ` (${r.offices.find((o) => o.id === r.selected!.officeId)?.name ?? r.selected.officeId})` : '';
    const cancel = r.selected.cancellableUntil ? ` Si può annullare ${cancellationText(r.selected.cancellableUntil)}.` : '';
    return `Appuntamento scelto: **${r.selected.text}**${office}.${cancel}`;
  }
  const first = r.days[0]?.slots[0];
  if (!first) return `Nessun orario libero nei prossimi ${windowDays} giorni.`;
  return `Primo orario libero: **${formatDateTimeIt(new Date(first.start))}**. Orari liberi nei prossimi ${windowDays} giorni: ${r.slotCount}.`;
}

export function computeBooking(
  node: { key: string; props: Record<string, unknown> },
  answers: Record<string, unknown>,
  ctx: ComputeContext,
): BookingComputed {
  const config = bookingConfig(node.props);
  const slots = freeSlots(config, ctx.now);
  const days: BookingComputed['days'] = [];
  for (const slot of slots) {
    const { date, time } = instantToRome(slot.start);
    let day = days.at(-1);
    if (!day || day.date !== date) {
      day = { date, label: formatRomeDateLong(date), slots: [] };
      days.push(day);
    }
    day.slots.push({ officeId: slot.officeId, start: slot.start.toISOString(), end: slot.end.toISOString(), time, remaining: slot.remaining });
  }

  const closedDays: BookingComputed['closedDays'] = [];
  const today = romeDateOf(ctx.now);
  const open = new Set<IsoWeekday>(config.openingHours.filter((d) => d.ranges.length > 0).map((d) => d.weekday));
  for (let i = 0; i < Math.min(config.windowDays, 366); i += 1) {
    const date = addRomeDays(today, i);
    const reason = closedReason(config, date);
    // "Chiuso" is an ordinary day without hours (Sunday): only exceptional closures are worth showing.
    if (reason && reason !== 'Chiuso' && open.has(romeWeekday(date))) closedDays.push({ date, reason });
  }

  const own = objectOf(ownAnswer(node, answers, ctx));
  let selected: BookingComputed['selected'] = null;
  const start = str(own?.start);
  const officeId = str(own?.officeId);
  if (start && officeId && !Number.isNaN(Date.parse(start))) {
    const at = new Date(start);
    selected = {
      officeId,
      start: at.toISOString(),
      free: slots.some((s) => s.officeId === officeId && s.start.getTime() === at.getTime()),
      text: formatDateTimeIt(at),
      cancellableUntil: cancellationDeadline(config, at).toISOString(),
    };
  }
  const result = {
    days,
    slotCount: slots.length,
    closedDays,
    offices: config.offices,
    selected,
    problems: validateBookingConfig(config),
  };
  const receipt = bookingReceipt(labelOf(node.props, 'Prenotazione appuntamento'), result, config.slotMinutes);
  return { ...result, markdown: bookingMarkdown(result, config.windowDays), ...(receipt ? { receipt } : {}) };
}

