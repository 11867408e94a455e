/**
 * Dates and numbers as the citizen reads them, always in Europe/Rome. Italian
 * uses `src/runtime`'s spelled-out formats (the same words as receipts and
 * badges); English asks Intl.
 */
import { formatDateTimeIt, formatRomeDateLong, instantToRome, parseRomeDate, type RomeDate } from '../../runtime/romeTime';

const ROME = 'Europe/Rome';

/** "lunedì 1 marzo 2027" / "Monday 1 March 2027" for a Rome calendar date. */
export function formatLongDate(date: RomeDate, language: string): string {
  if (language !== 'en') return formatRomeDateLong(date);
  const { year, month, day } = parseRomeDate(date);
  // Noon UTC is the same calendar day in Rome all year.
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 marzo 2099" / "1 March 2099": a date in running text ("apre il 1 marzo 2099"). */
export function formatDate(date: RomeDate, language: string): string {
  const { year, month, day } = parseRomeDate(date);
  return `${day} ${(language === 'en' ? MONTHS_EN : MONTHS_IT)[month - 1]} ${year}`;
}

/** "1 marzo 2099 alle 09:00" / "1 March 2099 at 09:00", in Rome. */
export function formatDateAtTime(instant: Date, language: string): string {
  const { date, time } = instantToRome(instant);
  return `${formatDate(date, language)} ${language === 'en' ? 'at' : 'alle'} ${time}`;
}

/** "lunedì 1 marzo 2027, 09:00" / "Monday 1 March 2027, 09:00". */
export function formatDateTime(instant: Date, language: string): string {
  if (language !== 'en') return formatDateTimeIt(instant);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: ROME }).format(instant);
}

/** A "YYYY-MM-DD" answer as "10/12/1985" (Italian order in both languages: it is an Italian form). */
export function formatAnswerDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** A number as the citizen typed it, in the page's language; amounts with two decimals. */
export function formatNumber(value: number, language: string, cents = false): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', cents ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {}).format(value);
}
