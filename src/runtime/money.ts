/**
 * Euro amounts. Computations work in integer cents so that sums are exact
 * (0.1 + 0.2 is not 0.3 in floating point, and a split total must add up to
 * the cent); amounts cross the API as euros with at most two decimals.
 */

/**
 * Euros to whole cents, rounding half away from zero on the decimal value as
 * written: 1.005 → 101 (plain `Math.round(1.005 * 100)` gives 100 because
 * 1.005 is stored as 1.00499999…).
 */
export function toCents(euros: number): number {
  if (!Number.isFinite(euros)) throw new RangeError(`Importo non valido: ${euros}`);
  const text = String(Math.abs(euros));
  // Shifting the decimal point in the text avoids the binary representation error.
  const shifted = text.includes('e') ? Math.abs(euros) * 100 : Number(`${text}e2`);
  return Math.sign(euros) * Math.round(shifted);
}

/** Whole cents to euros. */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** Rounds euros to the cent. */
export function roundEuros(euros: number): number {
  return fromCents(toCents(euros));
}

let euroFormatter: Intl.NumberFormat | undefined;

/** Italian currency text, e.g. "1.234,50 €" (as `Intl` writes it for it-IT). */
export function formatEuro(euros: number): string {
  euroFormatter ??= new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
  return euroFormatter.format(euros);
}
