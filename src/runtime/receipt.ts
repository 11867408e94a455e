/**
 * What the receipt after submission shows: a request number and the date by
 * which the Comune must answer (maximum response time, L. 241/1990).
 */
import { isItalianHoliday } from './holidays';
import { addRomeDays, romeDateOf, romeWeekday, type RomeDate } from './romeTime';

/** Options for {@link expectedResponseDate}. */
export interface ResponseDateOptions {
  /**
   * Move a deadline falling on a Sunday or a holiday to the next working day
   * (the civil-code rule for deadlines, art. 2963 c.c.). Off by default: the
   * card promises "N giorni" and most Comuni show the plain calendar date.
   */
  skipNonWorkingDays?: boolean;
  /** The Comune's patron day, `'MM-DD'`, counted as a holiday when skipping. */
  patronDay?: string;
}

/**
 * The Rome calendar date by which a response is due: the submission's Rome
 * date plus `maxResponseDays` calendar days (the day of submission is not
 * counted, as for any legal deadline). The Rome date is used, never UTC's:
 * a submission at 00:30 on 1 March in Rome (23:30Z on 28 February) counts from 1 March.
 */
export function expectedResponseDate(
  submittedAt: Date,
  maxResponseDays: number,
  options: ResponseDateOptions = {},
): RomeDate {
  if (!Number.isInteger(maxResponseDays) || maxResponseDays < 0) {
    throw new RangeError('Il tempo massimo di risposta deve essere un numero intero di giorni non negativo.');
  }
  let date = addRomeDays(romeDateOf(submittedAt), maxResponseDays);
  if (options.skipNonWorkingDays) {
    const holidays = options.patronDay !== undefined ? { patronDay: options.patronDay } : {};
    while (romeWeekday(date) === 7 || isItalianHoliday(date, holidays)) date = addRomeDays(date, 1);
  }
  return date;
}

/**
 * A request number a citizen can read out on the phone, e.g.
 * `"3F2A9C-20270301-000042"`: the first six letters or digits of the service
 * id, the Rome submission date, and the sequence number of the request.
 */
export function requestNumber(serviceId: string, submittedAt: Date, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError('Il numero progressivo deve essere un intero positivo.');
  const prefix = serviceId.replace(/[^A-Za-z0-9]/g, '').slice(0, 6).toUpperCase() || 'SERV';
  return `${prefix}-${romeDateOf(submittedAt).replace(/-/g, '')}-${String(seq).padStart(6, '0')}`;
}
