/**
 * File names for exported services: readable, safe on every OS, and stable
 * ("Bonus alimentare" → `bonus-alimentare.json`), so an official can find the
 * file in Downloads and a repeated export lands beside the previous one.
 */

/** Most characters of the slug part (file systems allow 255; people read far less). */
const MAX_SLUG = 80;

/** "Iscrizione all’asilo nido" → `iscrizione-all-asilo-nido`; `servizio` when nothing is left. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '') // "Città" → "Citta"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || 'servizio';
}

/** The file name of one exported service, from its title. */
export function serviceFileName(title: string): string {
  return `${fileSlug(title)}.json`;
}

/** The file name of a whole-catalogue export, dated in the local calendar: `servizi-2027-03-01.json`. */
export function catalogueFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `servizi-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
