/**
 * `<input type="datetime-local">` speaks the browser's wall clock with no
 * zone, but a schedule is Rome time whatever the official's laptop says (a
 * colleague on holiday in Lisbon must still open the call at 09:00 in Rome).
 * So the input's text is read and written as Rome wall-clock time, through
 * `src/runtime/romeTime`, never through `new Date(value)`.
 */
import { instantToRome, romeToInstant } from '../../../runtime/romeTime';

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** `'2027-03-01T09:00'` (Rome) for an ISO instant; `''` for null or an unreadable value. */
export function isoToRomeInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const { date, time } = instantToRome(new Date(ms));
  return `${date}T${time}`;
}

/** The ISO instant of a Rome wall-clock `'YYYY-MM-DDTHH:MM'`; null when empty or impossible (30 February). */
export function romeInputToIso(value: string): string | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  try {
    return romeToInstant(match[1], match[2]).toISOString();
  } catch {
    return null;
  }
}
