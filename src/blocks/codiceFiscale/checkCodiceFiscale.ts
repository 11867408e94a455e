/**
 * Checks an Italian personal codice fiscale (16 characters), omocodia-aware.
 *
 * We do not import codice-fiscale-js at runtime: its check is the same
 * algorithm but the package bundles the full list of municipalities
 * (~300 KB), too heavy for the citizen's page. The tests cross-check this
 * implementation against the library.
 *
 * Layout: SSS NNN YY M DD LLLL C
 *  - surname and name consonants/vowels (letters);
 *  - year, day and municipality digits, each of which may be replaced by
 *    L M N P Q R S T U V for 0…9 when two people would get the same code
 *    (omocodia);
 *  - month letter A B C D E H L M P R S T;
 *  - day 01–31 for men, 41–71 for women;
 *  - a check letter computed over the first 15 characters.
 */
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const OMOCODIA = 'LMNPQRSTUV';

// Values of a character in odd positions (1st, 3rd, …), for 0-9 then A-Z.
const ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTERS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function digitOf(c: string): number {
  const o = OMOCODIA.indexOf(c);
  return o >= 0 ? o : c.charCodeAt(0) - 48;
}

/** The check letter of the first 15 characters (already upper-case). */
export function checkLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const code = first15.charCodeAt(i);
    const isDigit = code >= 48 && code <= 57;
    const value = isDigit ? code - 48 : code - 65;
    // Positions are counted from 1: index 0 is "odd".
    sum += i % 2 === 0 ? (isDigit ? ODD_DIGITS[value] : ODD_LETTERS[value]) : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** True for a well-formed codice fiscale with a valid day and check letter. Case-insensitive. */
export function isValidCodiceFiscale(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 16) return false;
  const cf = value.toUpperCase();
  if (!SHAPE.test(cf)) return false;
  const day = digitOf(cf[9]) * 10 + digitOf(cf[10]);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return checkLetter(cf.slice(0, 15)) === cf[15];
}

export const codiceFiscaleFormats = { 'codice-fiscale': isValidCodiceFiscale };
