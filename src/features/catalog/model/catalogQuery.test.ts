import { describe, expect, it } from 'vitest';
import { categoriesOf, EMPTY_QUERY, hasFilters, queryCatalog, type CatalogQuery } from './catalogQuery';
import { entry } from './testing';

const now = new Date('2027-02-15T10:00:00.000Z');
const rows = [
  entry('bonus', { title: 'Bonus alimentare', category: 'Assistenza sociale', status: 'published', updatedAt: '2027-02-10T10:00:00Z', nodeTypes: ['test_benefit', 'text'] }),
  entry('nido', {
    title: 'Iscrizione all’asilo nido',
    category: 'Educazione',
    status: 'scheduled',
    opensAt: '2027-03-01T00:00:00+01:00',
    closesAt: '2027-04-01T00:00:00+02:00',
    updatedAt: '2027-02-14T10:00:00Z',
    topics: ['Infanzia'],
  }),
  entry('mensa', {
    title: 'Mensa scolastica',
    category: 'Educazione',
    status: 'scheduled',
    opensAt: '2027-01-10T00:00:00+01:00',
    closesAt: '2027-02-01T00:00:00+01:00',
    updatedAt: '2027-01-05T10:00:00Z',
  }),
  entry('anagrafe', { title: 'Prenotazione appuntamento Anagrafe', category: 'Anagrafe e stato civile', status: 'draft', updatedAt: '2027-02-01T10:00:00Z', nodeTypes: ['test_booking'] }),
  entry('citta', { title: 'Città più pulita', category: '', status: 'suspended', updatedAt: '2026-12-01T10:00:00Z' }),
];
const q = (changes: Partial<CatalogQuery>) => ({ ...EMPTY_QUERY, ...changes });
const ids = (query: Partial<CatalogQuery>) => queryCatalog(rows, q(query), now).map((e) => e.id);

describe('catalogue search', () => {
  it('lists everything, most recently changed first, by default', () => {
    expect(ids({})).toEqual(['nido', 'bonus', 'anagrafe', 'mensa', 'citta']);
  });

  it('finds words in any order, ignoring case and accents, across title, category and topics', () => {
    expect(ids({ text: 'citta' })).toEqual(['citta']);
    expect(ids({ text: 'NIDO iscrizione' })).toEqual(['nido']);
    expect(ids({ text: 'infanzia' })).toEqual(['nido']);
    expect(ids({ text: 'educazione' }).sort()).toEqual(['mensa', 'nido']);
    expect(ids({ text: 'bonus nido' })).toEqual([]);
  });
});

describe('catalogue filters', () => {
  it('filters by the status shown now (a scheduled window that has passed is "closed")', () => {
    expect(ids({ status: 'closed' })).toEqual(['mensa']);
    expect(ids({ status: 'scheduled-before' })).toEqual(['nido']);
    expect(ids({ status: 'draft' })).toEqual(['anagrafe']);
    expect(queryCatalog(rows, q({ status: 'scheduled-open' }), new Date('2027-03-10T10:00:00Z')).map((e) => e.id)).toEqual(['nido']);
  });

  it('filters by category and by pattern block used', () => {
    expect(ids({ category: 'Educazione' })).toEqual(['nido', 'mensa']);
    expect(ids({ pattern: 'test_booking' })).toEqual(['anagrafe']);
    expect(ids({ pattern: 'test_benefit', category: 'Assistenza sociale' })).toEqual(['bonus']);
  });

  it('knows whether a filter is set', () => {
    expect(hasFilters(EMPTY_QUERY)).toBe(false);
    expect(hasFilters(q({ text: '  ' }))).toBe(false);
    expect(hasFilters(q({ pattern: 'test_booking' }))).toBe(true);
  });

  it('offers the distinct non-empty categories in Italian order', () => {
    expect(categoriesOf(rows)).toEqual(['Anagrafe e stato civile', 'Assistenza sociale', 'Educazione']);
  });
});

describe('catalogue sorting', () => {
  it('by title, Italian collation', () => {
    expect(ids({ sort: 'title' })).toEqual(['bonus', 'citta', 'nido', 'mensa', 'anagrafe']);
  });

  it('by status: open services first, drafts last', () => {
    expect(ids({ sort: 'status' })).toEqual(['bonus', 'nido', 'mensa', 'citta', 'anagrafe']);
  });

  it('by opening date, services without one last', () => {
    expect(ids({ sort: 'opening' })).toEqual(['mensa', 'nido', 'bonus', 'citta', 'anagrafe']);
  });
});
