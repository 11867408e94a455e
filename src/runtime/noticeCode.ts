/**
 * The pagoPA notice code ("codice avviso", 18 digits) printed on payment
 * notices, e.g. for a fine looked up by the citizen.
 *
 * Structure: `<aux digit (1)><IUV-related part (17)>`. Aux digit 3 (the one
 * pagoPA issues today) is `3<segregation code (2)><IUV base (13)><check (2)>`
 * where the check digits are the remainder mod 93 of the 16 digits before
 * them. Aux digits 0, 1 and 2 are legacy layouts that no longer may be issued
 * but still appear on old notices: they are accepted on format alone.
 */

/** Removes the spaces notices print between digit groups ("3012 3456 …"). */
export function normalizeNoticeCode(code: string): string {
  return code.replace(/\s+/g, '');
}

/** The two check digits for the first 16 digits of an aux-3 code. */
export function noticeCodeCheckDigits(first16: string): string {
  if (!/^\d{16}$/.test(first16)) throw new RangeError('Servono le prime 16 cifre del codice avviso.');
  // 16 digits exceed 2^53: reduce digit by digit instead of parsing the number.
  let remainder = 0;
  for (const digit of first16) remainder = (remainder * 10 + Number(digit)) % 93;
  return String(remainder).padStart(2, '0');
}

/**
 * What is wrong with a notice code, as an Italian sentence for the citizen,
 * or `undefined` when the code is valid.
 */
export function noticeCodeProblem(code: string): string | undefined {
  const c = normalizeNoticeCode(code);
  if (!/^\d+$/.test(c)) return 'Il codice avviso contiene solo cifre.';
  if (c.length !== 18) return `Il codice avviso ha 18 cifre (ne sono state inserite ${c.length}).`;
  if (!'0123'.includes(c[0])) return 'Il codice avviso inizia con 0, 1, 2 o 3.';
  if (c[0] === '3' && noticeCodeCheckDigits(c.slice(0, 16)) !== c.slice(16)) {
    return 'Le ultime due cifre di controllo non corrispondono: verificare il codice sull’avviso.';
  }
  return undefined;
}

/** True for a well-formed notice code whose check digits (aux digit 3) are right. */
export function isValidNoticeCode(code: string): boolean {
  return noticeCodeProblem(code) === undefined;
}
