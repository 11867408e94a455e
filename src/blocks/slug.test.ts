import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugKey } from './slug';

describe('slugKey', () => {
  it('toglie accenti e punteggiatura, in snake_case', () => {
    expect(slugKey('Città di residenza', new Set())).toBe('citta_di_residenza');
    expect(slugKey('Sì/No', new Set())).toBe('si_no');
    expect(slugKey('Importo (€)', new Set())).toBe('importo');
    expect(slugKey("Data d'inizio dell’attività", new Set())).toBe('data_d_inizio_dell_attivita');
    expect(slugKey('  ISEE 2026  ', new Set())).toBe('isee_2026');
  });

  it('comincia sempre con una lettera', () => {
    expect(slugKey('2° figlio', new Set())).toBe('campo_2_figlio');
    expect(slugKey('€€€', new Set())).toBe('campo');
  });

  it('aggiunge _2, _3 quando la chiave è già usata', () => {
    expect(slugKey('Nome', new Set(['nome']))).toBe('nome_2');
    expect(slugKey('Nome', new Set(['nome', 'nome_2']))).toBe('nome_3');
  });

  it('produce sempre una chiave valida e libera', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.uniqueArray(fc.string({ maxLength: 10 }), { maxLength: 5 }), (label, taken) => {
        const key = slugKey(label, new Set(taken));
        expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(key.length).toBeLessThanOrEqual(64);
        expect(taken).not.toContain(key);
      }),
    );
  });
});
