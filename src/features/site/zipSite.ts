/** The site's files as one .zip (fflate, in memory: a few megabytes). */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SiteFiles } from './buildSite';

// Fonts and the sprite are already compressed or small; deflating them again only costs time.
const STORE = /\.(woff2|png|jpe?g)$/;

export function zipSite(files: SiteFiles): Uint8Array {
  const entries: Zippable = {};
  for (const [path, content] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const data = typeof content === 'string' ? strToU8(content) : content;
    entries[path] = [data, { level: STORE.test(path) ? 0 : 6 }];
  }
  return zipSync(entries);
}

/** mattoncini-sito-2026-11-26.zip (the date in Rome). */
export function siteZipName(now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return `mattoncini-sito-${day}.zip`;
}
