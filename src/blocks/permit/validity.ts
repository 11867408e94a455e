/**
 * Dates of a permit's life: when the decision is due, until when the permit
 * is valid, from when it can be renewed. Pure calendar arithmetic on Rome
 * dates ('YYYY-MM-DD'), reusing `src/runtime` for the response deadline.
 */
import { addRomeDays, parseRomeDate, type RomeDate } from '../../runtime/romeTime';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The same day `months` later, clamped to the month's last day (a permit
 * issued on 31 August for 6 months lasts until 28/29 February). Validity is
 * counted in whole months as municipal acts state it ("5 anni").
 */
export function addRomeMonths(date: RomeDate, months: number): RomeDate {
  const { year, month, day } = parseRomeDate(date);
  const index = month - 1 + Math.trunc(months);
  const y = year + Math.floor(index / 12);
  const m = ((index % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** The date from which renewal can be asked: `daysBefore` days before the expiry. */
export function renewalOpensOn(validUntil: RomeDate, daysBefore: number): RomeDate {
  return addRomeDays(validUntil, -Math.max(0, Math.trunc(daysBefore)));
}

/** "5 anni", "18 mesi", "1 anno", "1 mese": how officials and citizens say a validity. */
export function monthsInWords(months: number, language = 'it'): string {
  const en = language === 'en';
  if (months > 0 && months % 12 === 0) {
    const years = months / 12;
    return en ? `${years} ${years === 1 ? 'year' : 'years'}` : `${years} ${years === 1 ? 'anno' : 'anni'}`;
  }
  return en ? `${months} ${months === 1 ? 'month' : 'months'}` : `${months} ${months === 1 ? 'mese' : 'mesi'}`;
}
