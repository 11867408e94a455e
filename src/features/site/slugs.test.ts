import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from './slugs';

describe('slugs', () => {
  it('turns an Italian title into a folder name without accents or punctuation', () => {
    expect(slugify('Buoni spesa – Bonus alimentare')).toBe('buoni-spesa-bonus-alimentare');
    expect(slugify('Iscrizione all’asilo nido: è gratuita?')).toBe('iscrizione-allasilo-nido-e-gratuita');
    expect(slugify('–––')).toBe('servizio');
  });

  it('keeps slugs unique when two services share a title', () => {
    expect(uniqueSlugs(['Mensa scolastica', 'Mensa scolastica', 'Mensa  scolastica!'])).toEqual(['mensa-scolastica', 'mensa-scolastica-2', 'mensa-scolastica-3']);
  });
});
