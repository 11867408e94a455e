/**
 * Numbers as officials type them: "16.500", "16500", "3,50", "1.234,56 €".
 * Italian uses the dot for thousands and the comma for decimals, but people
 * also paste "3.5"; both must work without surprises.
 */

const THOUSANDS_DOTS = /^\d{1,3}(\.\d{3})+$/;
const THOUSANDS_COMMAS = /^\d{1,3}(,\d{3})+$/;

/**
 * The number written in `text`, or `null` when it is not one.
 * - a comma is the decimal mark unless it only groups thousands with dots after it;
 * - dots alone are thousands when they group by three ("16.500"), else a decimal mark ("3.5");
 * - with both, the last one is the decimal mark ("1.234,56", "1,234.56").
 */
export function parseNumberText(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f€]/g, '');
  let sign = '';
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = '-';
    s = s.slice(1);
  }
  if (s === '') return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || !/^\d{1,3}(\.\d{3}|,\d{3})*$/.test(whole) || whole.includes(decimal)) return null;
    s = `${whole.split(group).join('')}.${fraction}`;
  } else if (lastComma >= 0) {
    // Only "1,234,567" (several groups of three) reads as thousands: "16,500" is sixteen and a half in Italian.
    s = (s.match(/,/g) ?? []).length > 1 && THOUSANDS_COMMAS.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (THOUSANDS_DOTS.test(s)) {
    s = s.replace(/\./g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(s) && !/^\.\d+$/.test(s)) return null;
  const value = Number(sign + s);
  return Number.isFinite(value) ? value : null;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number as an input shows it: grouped thousands, comma decimals in Italian ("16.500", "3,5"). */
export function formatNumberText(value: number, language: string = 'it'): string {
  const locale = language === 'en' ? 'en-GB' : 'it-IT';
  let format = formats.get(locale);
  if (!format) {
    // Always group: CLDR leaves "1500" ungrouped in Italian, which would then read differently from "16.500".
    format = new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 10 });
    formats.set(locale, format);
  }
  return format.format(value);
}
