/**
 * Configuration of the "Prenotazione appuntamento" pattern block: offices,
 * weekly opening hours, slot length and capacity, closures and the booking
 * window, with Alessandria's URP as the realistic default.
 */
import { isValidMonthDay } from './holidays';
import { parseRomeDate, parseRomeTime, type IsoWeekday, type RomeDate, type RomeTime } from './romeTime';

/** An office where appointments take place. All offices share the opening hours. */
export interface BookingOffice {
  id: string;
  name: string;
  address: string;
}

/** A from–to range of opening time on one weekday; `to` is exclusive. */
export interface TimeRange {
  from: RomeTime;
  to: RomeTime;
}

/** The opening ranges of one weekday (1 = Monday … 7 = Sunday). */
export interface OpeningDay {
  weekday: IsoWeekday;
  ranges: TimeRange[];
}

/** A period the offices are closed, both ends included (e.g. August closure). */
export interface ClosingPeriod {
  from: RomeDate;
  to: RomeDate;
  reason?: string;
}

/** Settings of a booking calendar, as an official configures them. */
export interface BookingConfig {
  offices: BookingOffice[];
  openingHours: OpeningDay[];
  /** Length of one appointment, in minutes. */
  slotMinutes: number;
  /** How many citizens can book the same slot at the same office (counters). */
  capacityPerSlot: number;
  closingPeriods: ClosingPeriod[];
  excludeNationalHolidays: boolean;
  /** The Comune's patron saint's day, `'MM-DD'`, closed like a holiday. */
  patronDay?: string;
  /** How many Rome calendar days, today included, citizens can book ahead. */
  windowDays: number;
  /** Minimum hours between booking and the start of the appointment. */
  minNoticeHours: number;
  /** A booking can be cancelled until this many calendar days before the appointment. */
  cancellationLimitDays: number;
}

/**
 * Alessandria's URP: CIE appointments Mon/Wed/Fri 8:30–12:30 and Tue/Thu
 * 8:30–15:30 (dialessandria.it), 20-minute slots (Cremona's average per
 * pratica), OpenCity's default 30-day window, patron San Baudolino (10 November).
 */
export function alessandriaUrpBooking(): BookingConfig {
  const morning = [{ from: '08:30', to: '12:30' }];
  const long = [{ from: '08:30', to: '15:30' }];
  return {
    offices: [{ id: 'urp', name: 'URP — Ufficio Relazioni con il Pubblico', address: 'Piazza della Libertà 1, 15121 Alessandria' }],
    openingHours: [
      { weekday: 1, ranges: morning },
      { weekday: 2, ranges: long },
      { weekday: 3, ranges: morning },
      { weekday: 4, ranges: long },
      { weekday: 5, ranges: morning },
    ],
    slotMinutes: 20,
    capacityPerSlot: 1,
    closingPeriods: [],
    excludeNationalHolidays: true,
    patronDay: '11-10',
    windowDays: 30,
    minNoticeHours: 24,
    cancellationLimitDays: 1,
  };
}

/** The parsed value, or undefined when the parser throws (a malformed setting). */
function tryParse<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}

/**
 * Problems with a booking configuration, as Italian sentences for the
 * inspector; empty when the configuration is usable. {@link freeSlots}
 * tolerates these (it skips what it cannot read) so the preview never crashes.
 */
export function validateBookingConfig(config: BookingConfig): string[] {
  const errors: string[] = [];
  if (config.offices.length === 0) errors.push('Indicare almeno un ufficio.');
  const ids = new Set<string>();
  for (const o of config.offices) {
    if (ids.has(o.id)) errors.push(`Ufficio duplicato: "${o.id}".`);
    ids.add(o.id);
  }
  if (!Number.isInteger(config.slotMinutes) || config.slotMinutes < 5 || config.slotMinutes > 480) {
    errors.push('La durata dell’appuntamento deve essere tra 5 e 480 minuti.');
  }
  if (!Number.isInteger(config.capacityPerSlot) || config.capacityPerSlot < 1) {
    errors.push('Ogni fascia deve accogliere almeno una persona.');
  }
  if (!Number.isInteger(config.windowDays) || config.windowDays < 1 || config.windowDays > 366) {
    errors.push('La finestra di prenotazione deve essere tra 1 e 366 giorni.');
  }
  if (!(config.minNoticeHours >= 0)) errors.push('Il preavviso minimo non può essere negativo.');
  if (!Number.isInteger(config.cancellationLimitDays) || config.cancellationLimitDays < 0) {
    errors.push('Il limite per annullare deve essere un numero di giorni non negativo.');
  }
  if (config.patronDay !== undefined && !isValidMonthDay(config.patronDay)) {
    errors.push(`Festa patronale non valida: "${config.patronDay}" (atteso MM-GG).`);
  }
  for (const day of config.openingHours) {
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      errors.push(`Giorno della settimana non valido: ${day.weekday}.`);
    }
    for (const r of day.ranges) {
      const from = tryParse(() => parseRomeTime(r.from));
      const to = tryParse(() => parseRomeTime(r.to));
      if (from === undefined) errors.push(`Orario non valido: "${r.from}".`);
      if (to === undefined) errors.push(`Orario non valido: "${r.to}".`);
      if (from === undefined || to === undefined) continue;
      if (from >= to) errors.push(`Fascia ${r.from}–${r.to}: l’inizio deve precedere la fine.`);
      else if (to - from < config.slotMinutes) errors.push(`Fascia ${r.from}–${r.to}: più breve di un appuntamento.`);
    }
  }
  for (const p of config.closingPeriods) {
    const from = tryParse(() => parseRomeDate(p.from));
    const to = tryParse(() => parseRomeDate(p.to));
    if (from === undefined) errors.push(`Data non valida: "${p.from}".`);
    if (to === undefined) errors.push(`Data non valida: "${p.to}".`);
    if (from && to && p.from > p.to) errors.push(`Chiusura ${p.from}–${p.to}: la data iniziale segue quella finale.`);
  }
  return errors;
}
