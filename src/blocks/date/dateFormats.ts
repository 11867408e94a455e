/**
 * Date checks used as custom Ajv formats. Dates are ISO calendar dates
 * (YYYY-MM-DD), as the browser's date input produces them. "Today" is the
 * citizen's local day at validation time.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD (no 31 April, 29 February only in leap years). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** Today's local date as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${mm}-${dd}`;
}

/** A valid date not after today (birth dates, past events). ISO strings compare in date order. */
export const isPastOrToday = (value: string): boolean => isIsoDate(value) && value <= todayIso();

/** A valid date not before today (appointments, future events). */
export const isTodayOrFuture = (value: string): boolean => isIsoDate(value) && value >= todayIso();

export const dateFormats = {
  'date-past': isPastOrToday,
  'date-future': isTodayOrFuture,
};
