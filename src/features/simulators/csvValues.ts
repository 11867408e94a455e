/**
 * Reading typed values out of CSV text as Italian offices write them: numbers
 * with a decimal comma and dots for thousands ("12.345,67"), yes/no as "sì" or
 * "X", dates as 31/12/2026. Each reader returns `undefined` when the text is
 * not a value of its kind, so the caller can report the cell.
 */
import { romeToInstant } from '../../runtime';

const SPACES = /[\s\u00a0\u202f€]/g;

/**
 * A number written the Italian or the English way:
 * - "12.345,67", "12345,67", "-0,5" → Italian decimal comma (dots group thousands);
 * - "12345.67", "1,234,567.8" → decimal point (commas group thousands);
 * - "12.345" → 12345 (dots followed by groups of three digits are thousands in Italy;
 *   "0.125" stays 0.125, a group cannot start with zero);
 * - "12,345" → 12.345 (a single comma is a decimal comma here).
 * Spaces, non-breaking spaces and the euro sign are ignored.
 */
export function parseLocaleNumber(text: string): number | undefined {
  const s = text.replace(SPACES, '');
  if (s === '') return undefined;
  let normalised: string;
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(s)) normalised = s.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d+,\d+$/.test(s)) normalised = s.replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(s) || /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s)) normalised = s.replace(/,/g, '');
  else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) normalised = s;
  else return undefined;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

const TRUE = new Set(['sì', 'si', 's', 'true', 'vero', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['no', 'n', 'false', 'falso', '0']);

/** "sì", "SI", "x", "vero", "true", "1" → true; "no", "falso", "0" → false. */
export function parseYesNo(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A calendar date as "YYYY-MM-DD" (what date fields store), from ISO or Italian "31/12/2026". */
export function parseDate(text: string): string | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/**
 * An instant as ISO 8601 UTC. ISO text with a zone is taken as it is; a date
 * and time without zone ("02/03/2027 09:15", "2027-03-02 09:15") is Rome time,
 * as the protocol register prints it.
 */
export function parseInstant(text: string): string | undefined {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    const ms = Date.parse(s);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  const m = /^(\S+?)(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const date = parseDate(m[1]);
  if (!date) return undefined;
  const hours = m[2] === undefined ? 0 : Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 23 || minutes > 59) return undefined;
  const instant = romeToInstant(date, `${pad(hours)}:${pad(minutes)}`);
  return new Date(instant.getTime() + (m[4] === undefined ? 0 : Number(m[4]) * 1000)).toISOString();
}
