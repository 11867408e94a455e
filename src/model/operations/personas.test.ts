import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import { restore } from '../restore';
import type { Persona } from '../types';
import { removePersona, savePersona } from './personas';

// The fixture's own persona is set aside so that the lists below are exact.
const service = () => deepFreeze({ ...bonusAlimentare(), personas: [] });

const famiglia: Persona = { id: 'p-isee-basso', name: 'Famiglia con ISEE basso', answers: { isee: { value: 6200.5 }, altri_sostegni: false } };

describe('savePersona and removePersona', () => {
  it('add, replace by id and remove, without touching the original', () => {
    const def = service();
    const saved = savePersona(def, famiglia);
    expect(def.personas).toEqual([]);
    expect(saved.personas).toEqual([famiglia]);
    expect(restore(saved).ok).toBe(true);
    const renamed = savePersona(saved, { ...famiglia, name: 'Nucleo con ISEE basso' });
    expect(renamed.personas.map((p) => p.name)).toEqual(['Nucleo con ISEE basso']);
    expect(removePersona(renamed, 'p-isee-basso').personas).toEqual([]);
  });

  it('give the same object back when nothing changes', () => {
    const def = service();
    const saved = savePersona(def, famiglia);
    expect(savePersona(saved, { ...famiglia, answers: { ...famiglia.answers } })).toBe(saved);
    expect(removePersona(def, 'nessuna')).toBe(def);
  });

  it('refuse a persona the format would reject', () => {
    const def = service();
    expect(savePersona(def, { ...famiglia, name: '   ' })).toBe(def);
    expect(savePersona(def, { ...famiglia, name: 'x'.repeat(201) })).toBe(def);
    expect(savePersona(def, { ...famiglia, id: 'con spazi' })).toBe(def);
    expect(savePersona(def, { ...famiglia, answers: [] as unknown as Persona['answers'] })).toBe(def);
    expect(savePersona(def, null as unknown as Persona)).toBe(def);
  });
});
