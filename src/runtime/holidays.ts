/**
 * Italian national public holidays (L. 260/1949 and later amendments) for any
 * Gregorian year, plus an optional local patron saint's day, which each
 * Comune observes as a holiday for its own offices (e.g. 4 October in Bologna).
 */
import { addRomeDays, type RomeDate } from './romeTime';

/** One holiday: its calendar date and Italian name. */
export interface Holiday {
  date: RomeDate;
  name: string;
}

/** Options for {@link italianHolidays}. */
export interface HolidayOptions {
  /** The patron saint's day as `'MM-DD'`, e.g. `'10-04'` for San Petronio in Bologna. */
  patronDay?: string;
  /** Its name for display; defaults to "Santo patrono". */
  patronName?: string;
}

const FIXED: ReadonlyArray<[string, string]> = [
  ['01-01', 'Capodanno'],
  ['01-06', 'Epifania'],
  ['04-25', 'Festa della Liberazione'],
  ['05-01', 'Festa del Lavoro'],
  ['06-02', 'Festa della Repubblica'],
  ['08-15', 'Assunzione (Ferragosto)'],
  ['11-01', 'Ognissanti'],
  ['12-08', 'Immacolata Concezione'],
  ['12-25', 'Natale'],
  ['12-26', 'Santo Stefano'],
];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus
 * (Meeus/Jones/Butcher), exact for every year from 1583 on.
 */
export function easterSunday(year: number): RomeDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Anno non valido: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const PATRON_RE = /^(\d{2})-(\d{2})$/;

/** True when `'MM-DD'` names a real day of some year (29 February included). */
export function isValidMonthDay(monthDay: string): boolean {
  const m = PATRON_RE.exec(monthDay);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const d = new Date(Date.UTC(2000, month - 1, day)); // 2000 is a leap year
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The holidays of a year in date order: the eleven national ones (Easter
 * Monday computed) and, when configured, the patron saint's day. A patron day
 * that coincides with a national holiday is listed once, under the national name.
 */
export function italianHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  const list: Holiday[] = FIXED.map(([md, name]) => ({ date: `${pad(year, 4)}-${md}`, name }));
  list.push({ date: addRomeDays(easterSunday(year), 1), name: "Lunedì dell'Angelo (Pasquetta)" });
  const { patronDay } = options;
  if (patronDay !== undefined) {
    if (!isValidMonthDay(patronDay)) throw new RangeError(`Festa patronale non valida: "${patronDay}" (atteso MM-GG)`);
    const date = `${pad(year, 4)}-${patronDay}`;
    // 29 February exists only in leap years; otherwise there is nothing to add.
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const real = patronDay !== '02-29' || leap;
    if (real && !list.some((h) => h.date === date)) {
      list.push({ date, name: options.patronName ?? 'Santo patrono' });
    }
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * The holiday falling on a date, or `undefined`. Memoised per year and patron
 * day because slot lists ask once per day over a whole booking window.
 */
export function holidayOn(date: RomeDate, options: HolidayOptions = {}): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  const key = `${year}|${options.patronDay ?? ''}|${options.patronName ?? ''}`;
  let byDate = memo.get(key);
  if (!byDate) {
    byDate = new Map(italianHolidays(year, options).map((h) => [h.date, h]));
    if (memo.size > 200) memo.clear();
    memo.set(key, byDate);
  }
  return byDate.get(date);
}

const memo = new Map<string, Map<RomeDate, Holiday>>();

/** True when the date is a national holiday (or the configured patron day). */
export function isItalianHoliday(date: RomeDate, options: HolidayOptions = {}): boolean {
  return holidayOn(date, options) !== undefined;
}
