/**
 * "Last change" as people say it ("3 ore fa", "ieri") with the exact Rome time
 * beside it, in the interface language. Pure: `now` is passed in.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'it-IT');

/** "adesso", "5 minuti fa", "ieri", "3 settimane fa", "2 anni fa" (future instants read "tra …"). */
export function formatRelative(ms: number, now: number, language: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale(language), { numeric: 'auto' });
  const diff = ms - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (abs < 7 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (abs < 30 * DAY) return rtf.format(Math.round(diff / (7 * DAY)), 'week');
  if (abs < 365 * DAY) return rtf.format(Math.round(diff / (30 * DAY)), 'month');
  return rtf.format(Math.round(diff / (365 * DAY)), 'year');
}

/** "12 mar 2027, 10:05" in Europe/Rome, whatever the browser's zone. */
export function formatAbsolute(ms: number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(new Date(ms));
}

/** ISO 8601 for `<time dateTime>`. */
export const isoOf = (ms: number): string => new Date(ms).toISOString();
