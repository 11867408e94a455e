/**
 * The protocol number of the DSU (Dichiarazione Sostitutiva Unica), printed
 * top right on the ISEE certificate: "INPS-ISEE-2026-XXXXXXXXX-00", i.e. the
 * year of submission, nine letters or digits, and a two-digit suffix
 * (numbering of corrections). The check is permissive on the form citizens
 * type (lower case, spaces around or instead of dashes) but strict on the
 * parts: the ISEE reform that introduced this numbering dates from 2015.
 */
const DSU = /^INPS-ISEE-(\d{4})-[A-Z0-9]{9}-\d{2}$/;

/** Upper-cases and turns spaces/underscores between parts into dashes. */
export function normalizeDsuProtocol(value: string): string {
  return value.trim().toUpperCase().replace(/\s*[\s_–-]\s*/g, '-');
}

export function isDsuProtocol(value: string): boolean {
  const m = DSU.exec(normalizeDsuProtocol(value));
  if (!m) return false;
  const year = Number(m[1]);
  return year >= 2015 && year <= 2099;
}

export const dsuFormats = { 'isee-dsu': isDsuProtocol };
