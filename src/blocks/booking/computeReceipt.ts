/**
 * The booking's part of the summary and the receipt: the appointment chosen
 * (date and time, office and its address, length) and until when it can be
 * cancelled. Nothing while no slot is chosen.
 */
import { formatDateTimeIt, formatRomeDateLong, instantToRome, romeDateOf } from '../../runtime/romeTime';
import type { PatternReceipt } from '../shared/citizenOutputs';
import type { BookingComputed } from './compute';

/** "entro lunedì 8 marzo 2027" for a deadline at midnight, else "fino a lunedì 8 marzo 2027, 08:30". */
export function cancellationText(iso: string): string {
  const at = new Date(iso);
  return instantToRome(at).time === '00:00'
    ? `entro ${formatRomeDateLong(romeDateOf(new Date(at.getTime() - 1)))}`
    : `fino a ${formatDateTimeIt(at)}`;
}

export function bookingReceipt(title: string, r: Omit<BookingComputed, 'markdown' | 'receipt'>, slotMinutes: number): PatternReceipt | undefined {
  const selected = r.selected;
  if (!selected) return undefined;
  const office = r.offices.find((o) => o.id === selected.officeId);
  const rows: PatternReceipt['rows'] = [{ label: 'Ufficio', value: office?.name ?? selected.officeId, echo: true }];
  if (office?.address) rows.push({ label: 'Indirizzo', value: office.address });
  if (slotMinutes > 0) rows.push({ label: 'Durata', value: `${slotMinutes} minuti` });
  if (selected.cancellableUntil) rows.push({ label: 'Annullamento', value: `Puoi annullare ${cancellationText(selected.cancellableUntil)}` });
  return {
    title,
    headline: { label: 'Data e ora', value: selected.text },
    rows,
    ...(selected.free ? {} : { warning: 'L’orario scelto non è più disponibile: scegline un altro.' }),
  };
}
