/**
 * Search, filters and sorting of the catalogue, as a pure function of the
 * rows, the query and "now" (the status filter uses the status a citizen
 * would see at that instant, so "Chiuso" means closed now).
 */
import { serviceAvailability, type AvailabilityState } from '../../../runtime/schedule';
import type { CatalogEntry } from './catalogEntry';

export type SortKey = 'updated' | 'title' | 'status' | 'opening';
export const SORT_KEYS: readonly SortKey[] = ['updated', 'title', 'status', 'opening'];

/** Displayed states in the order the status filter and sort use: open first, drafts last. */
export const AVAILABILITY_ORDER: readonly AvailabilityState[] = [
  'scheduled-open',
  'published',
  'private',
  'scheduled-before',
  'closed',
  'suspended',
  'draft',
];

export interface CatalogQuery {
  /** Free text: every word must appear in title, description, category or topics. */
  text: string;
  /** A displayed state, or '' for any. */
  status: AvailabilityState | '';
  /** A category, or '' for any. */
  category: string;
  /** A pattern block type, or '' for any. */
  pattern: string;
  sort: SortKey;
}

export const EMPTY_QUERY: CatalogQuery = { text: '', status: '', category: '', pattern: '', sort: 'updated' };

/** Lower case without accents, so "citta" finds "Città" and "ISEE" finds "isee". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

function matchesText(entry: CatalogEntry, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = normalizeForSearch([entry.title, entry.shortDescription, entry.category, ...entry.topics].join(' '));
  return words.every((w) => haystack.includes(w));
}

function openingMs(entry: CatalogEntry): number {
  const ms = entry.schedule.opensAt ? Date.parse(entry.schedule.opensAt) : Number.NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/** Whether any query filter (not the sort) is set. */
export function hasFilters(query: CatalogQuery): boolean {
  return query.text.trim() !== '' || query.status !== '' || query.category !== '' || query.pattern !== '';
}

/** The rows matching `query`, sorted by `query.sort` (ties by title). */
export function queryCatalog(entries: readonly CatalogEntry[], query: CatalogQuery, now: Date): CatalogEntry[] {
  const words = normalizeForSearch(query.text).split(/\s+/).filter(Boolean);
  const stateOf = new Map(entries.map((e) => [e.id, serviceAvailability(e, now).state]));
  const rows = entries.filter(
    (e) =>
      matchesText(e, words) &&
      (query.status === '' || stateOf.get(e.id) === query.status) &&
      (query.category === '' || e.category === query.category) &&
      (query.pattern === '' || e.patterns.includes(query.pattern)),
  );
  const byTitle = (a: CatalogEntry, b: CatalogEntry) => collator.compare(a.title, b.title);
  const compare: Record<SortKey, (a: CatalogEntry, b: CatalogEntry) => number> = {
    updated: (a, b) => b.updatedAt - a.updatedAt || byTitle(a, b),
    title: byTitle,
    status: (a, b) =>
      AVAILABILITY_ORDER.indexOf(stateOf.get(a.id)!) - AVAILABILITY_ORDER.indexOf(stateOf.get(b.id)!) || byTitle(a, b),
    opening: (a, b) => {
      const diff = openingMs(a) - openingMs(b);
      return (Number.isNaN(diff) ? 0 : diff) || byTitle(a, b);
    },
  };
  return rows.sort(compare[query.sort]);
}

/** The distinct categories of the rows, in Italian alphabetical order (empty ones left out). */
export function categoriesOf(entries: readonly CatalogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.category).filter(Boolean))].sort(collator.compare);
}
