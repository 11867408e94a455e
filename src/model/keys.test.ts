import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from './fixtures';
import { collectKeys, isValidKey, keyFromLabel, uniqueKey } from './keys';

const none = new Set<string>();

describe('keyFromLabel', () => {
  it.each([
    ['Città di nascita', 'citta_di_nascita'],
    ['Codice fiscale', 'codice_fiscale'],
    ["Indirizzo dell'abitazione", 'indirizzo_dell_abitazione'],
    ['  Perché?  È urgente!  ', 'perche_e_urgente'],
    ['ISEE corrente (€)', 'isee_corrente_euro'],
    ['Straße', 'strasse'],
    ['N° componenti', 'n_componenti'],
    ['2° figlio', 'campo_2_figlio'],
    ['___', 'campo'],
    ['日本', 'campo'],
    ['', 'campo'],
  ])('%j → %j', (label, key) => {
    expect(keyFromLabel(label, none)).toBe(key);
    expect(isValidKey(key)).toBe(true);
  });

  it('numbers the key while it is taken', () => {
    expect(keyFromLabel('Nome', new Set(['nome']))).toBe('nome_2');
    expect(keyFromLabel('Nome', new Set(['nome', 'nome_2']))).toBe('nome_3');
  });

  it('keeps keys within 64 characters, suffix included', () => {
    const label = 'Dichiarazione sostitutiva di atto di notorietà relativa alla composizione del nucleo familiare';
    const key = keyFromLabel(label, none);
    expect(key.length).toBeLessThanOrEqual(64);
    expect(key.endsWith('_')).toBe(false);
    const second = keyFromLabel(label, new Set([key]));
    expect(second.length).toBeLessThanOrEqual(64);
    expect(second).toMatch(/_2$/);
    expect(isValidKey(second)).toBe(true);
  });
});

describe('uniqueKey', () => {
  it('continues a counter instead of stacking suffixes', () => {
    expect(uniqueKey('nome', new Set(['nome']))).toBe('nome_2');
    expect(uniqueKey('nome_2', new Set(['nome', 'nome_2']))).toBe('nome_3');
    expect(uniqueKey('nome_2', new Set(['nome', 'nome_2', 'nome_3']))).toBe('nome_4');
    expect(uniqueKey('anno_2024', new Set(['anno_2024']))).toBe('anno_2024_2');
    expect(uniqueKey('libero', none)).toBe('libero');
  });

  it('repairs a malformed key', () => {
    expect(uniqueKey('Nome Cognome', none)).toBe('nome_cognome');
  });
});

describe('collectKeys', () => {
  it('collects keys at every depth', () => {
    const keys = collectKeys(bonusAlimentare());
    expect(keys.size).toBe(15);
    expect(keys.has('iban')).toBe(true);
    expect(keys.has('data_di_nascita_familiare')).toBe(true);
  });
});
