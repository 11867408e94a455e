/**
 * Number helpers shared by the operations: lenient reading of answers and
 * decimal rounding that behaves as people expect with euro amounts.
 */

/**
 * A finite number from an answer: numbers as they are, numeric strings
 * ("16500", " 3.5 ") parsed whole. Anything else (null, "", "12abc", NaN,
 * booleans, objects) is `null`, so a missing answer never becomes 0 by accident.
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Valid decimals for rounding: an integer 0–10 (more is never meaningful for amounts). */
export function toDecimals(value: unknown): number | null {
  if (value === undefined || value === null) return 0;
  const n = toNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 && n <= 10 ? n : null;
}

// Binary floating point stores 1.005 as 1.00499999…; scaling and then cutting to
// 15 significant digits recovers the decimal value the official typed, so that
// 1.005 rounds to 1.01 and 0.29 × 100 floors to 29, as on a calculator.
function scaled(value: number, decimals: number): number {
  return Number((value * 10 ** decimals).toPrecision(15));
}

// −0 would print as "-0" in descriptions and exports.
const noNegativeZero = (n: number): number => (n === 0 ? 0 : n);

/** Rounds half away from zero ("arrotondamento commerciale"): 2.345 → 2.35, −2.5 → −3. */
export function roundHalfUp(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  return noNegativeZero((sign * Math.round(scaled(Math.abs(value), decimals))) / 10 ** decimals);
}

/** Rounds down (towards −∞) to `decimals`. */
export function roundDown(value: number, decimals: number): number {
  return noNegativeZero(Math.floor(scaled(value, decimals)) / 10 ** decimals);
}

/** Rounds up (towards +∞) to `decimals`. */
export function roundUp(value: number, decimals: number): number {
  return noNegativeZero(Math.ceil(scaled(value, decimals)) / 10 ** decimals);
}

/** Removes binary noise from a sum (0.1 + 0.2 → 0.3) without changing real digits. */
export function tidy(value: number): number {
  return Number(value.toPrecision(15));
}
