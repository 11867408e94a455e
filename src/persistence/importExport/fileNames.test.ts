import { describe, expect, it } from 'vitest';
import { catalogueFileName, fileSlug, serviceFileName } from './fileNames';

describe('export file names', () => {
  it('slugs Italian titles without accents or punctuation', () => {
    expect(serviceFileName('Bonus alimentare')).toBe('bonus-alimentare.json');
    expect(serviceFileName('Iscrizione all’asilo nido — a.s. 2027/28')).toBe('iscrizione-all-asilo-nido-a-s-2027-28.json');
    expect(fileSlug('Città più verde!')).toBe('citta-piu-verde');
  });

  it('falls back to "servizio" and stays short', () => {
    expect(serviceFileName('***')).toBe('servizio.json');
    expect(fileSlug('a'.repeat(300)).length).toBeLessThanOrEqual(80);
  });

  it('dates the whole-catalogue file', () => {
    expect(catalogueFileName(new Date(2027, 2, 1, 10))).toBe('servizi-2027-03-01.json');
  });
});
