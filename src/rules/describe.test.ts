import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { JsonLogicRule } from '../model/types';
import { describeRule } from './describe';
import { BOLOGNA_NURSERY_POINTS, MANFREDONIA_FEE, PISA_AMOUNT, PISA_REQUIREMENT, SAVONA_AMOUNT } from './fixtures';
import type { ValueKind } from './operators';

const LABELS: Record<string, string> = {
  'isee.value': 'ISEE (valore)',
  'isee.expiry': 'Scadenza ISEE',
  isee: 'ISEE',
  nucleo: 'Nucleo familiare',
  'nucleo.data_nascita': 'Data di nascita del componente',
  'richiedente.data_nascita': 'Data di nascita',
  residente: 'Residente nel Comune',
  tipo_abitazione: 'Tipo di abitazione',
  servizi: 'Servizi richiesti',
  genitori: 'Genitori',
  'genitori.invalidita': 'Invalidità',
  'genitori.lavoro': 'Lavoro',
  solo_genitore: 'Unico genitore',
  fratelli_disabili: 'Fratelli con disabilità',
  gemelli: 'Gemelli',
  spese: 'Spese',
  'spese.importo': 'Importo',
};
const labels = (key: string) => LABELS[key];
const KINDS: Record<string, ValueKind> = { 'isee.value': 'money', 'isee.expiry': 'date', 'richiedente.data_nascita': 'date' };
const it = (rule: JsonLogicRule) => describeRule(rule, labels);
const en = (rule: JsonLogicRule) => describeRule(rule, labels, 'en');

describe('describeRule in Italian', () => {
  test('the Pisa requirement', () => {
    expect(it(PISA_REQUIREMENT)).toBe('ISEE (valore) è al massimo 16.500 e Nucleo familiare ha almeno 1 elemento');
  });

  test('money fields show euro amounts when kinds are known', () => {
    expect(describeRule({ '<=': [{ var: 'isee.value' }, 16500] }, labels, 'it', { fieldKinds: (k) => KINDS[k] })).toBe(
      'ISEE (valore) è al massimo 16.500\u00a0€', // no-break space, as Intl writes it
    );
    expect(describeRule({ '<': [{ var: 'isee.value' }, 1500.5] }, labels, 'it', { fieldKinds: (k) => KINDS[k] })).toBe(
      'ISEE (valore) è minore di 1.500,50\u00a0€',
    );
  });

  test('groups of three or more, nested groups in parentheses', () => {
    const rule: JsonLogicRule = {
      and: [
        { '!!': [{ var: 'residente' }] },
        { '<=': [{ var: 'isee.value' }, 9360] },
        { or: [{ '>=': [{ count: [{ var: 'nucleo' }] }, 4] }, { in: [{ var: 'tipo_abitazione' }, ['affitto', 'comodato']] }] },
      ],
    };
    expect(it(rule)).toBe(
      'tutte le condizioni: Residente nel Comune è vero; ISEE (valore) è al massimo 9.360; ' +
        '(Nucleo familiare ha almeno 4 elementi oppure Tipo di abitazione è uno tra «affitto» o «comodato»)',
    );
    expect(it({ or: [{ '!': { var: 'residente' } }, { '!': [{ missing: ['isee.value'] }] }, { '==': [{ var: 'gemelli' }, 2] }] })).toBe(
      'almeno una delle condizioni: Residente nel Comune è falso; ISEE (valore) è compilato; Gemelli è uguale a 2',
    );
  });

  test('dates: dd/mm/yyyy, "prima del", "oggi", age in years', () => {
    expect(it({ '<': [{ var: 'richiedente.data_nascita' }, '2022-01-01'] })).toBe('Data di nascita è prima del 01/01/2022');
    expect(it({ '>=': [{ var: 'isee.expiry' }, { today: [] }] })).toBe('Scadenza ISEE è oggi o dopo');
    expect(it({ '>=': [{ age: [{ var: 'richiedente.data_nascita' }] }, 18] })).toBe(
      "Data di nascita corrisponde a un'età di almeno 18 anni",
    );
    expect(it({ '<=': ['2025-01-01', { var: 'richiedente.data_nascita' }, '2025-12-31'] })).toBe(
      'Data di nascita è tra il 01/01/2025 e il 31/12/2025',
    );
  });

  test('the Savona formula: "150 + 50 × (numero di … − 1), al massimo 400"', () => {
    expect(it(SAVONA_AMOUNT)).toBe('150 + 50 × (numero di Nucleo familiare − 1), al massimo 400');
  });

  test('the Pisa bracket table and the Manfredonia fee', () => {
    expect(it(PISA_AMOUNT)).toBe(
      'in base a numero di Nucleo familiare: fino a 1 → 150; fino a 2 → 300; fino a 3 → 400; ' +
        'oltre 3 → 400 + 50 × (numero di Nucleo familiare − 3)',
    );
    expect(it(MANFREDONIA_FEE)).toBe(
      'se Residente nel Comune è falso allora 4,5, altrimenti ' +
        '(in base a ISEE (valore): fino a 6.000 → 2; fino a 9.360 → 3,5; fino a 15.000 → 4; oltre 15.000 → 4,5)',
    );
  });

  test('Bologna points: per-parent criteria summed over the list, with item labels', () => {
    expect(it(BOLOGNA_NURSERY_POINTS)).toBe(
      '(se Unico genitore è vero allora 15, altrimenti 0) + ' +
        '(somma, per ogni elemento di Genitori, di ' +
        '(se Invalidità è uguale a «100» allora 20, altrimenti se Invalidità è uguale a «oltre_65» allora 15, ' +
        'altrimenti se Invalidità è uguale a «da_33_a_65» allora 5, altrimenti 0) + ' +
        '(se Lavoro è uguale a «stabile» allora 20, altrimenti se Lavoro è uguale a «occasionale» allora 10, altrimenti 0)) + ' +
        '15 × numero di Fratelli con disabilità + 4 × Gemelli',
    );
  });

  test('list conditions, rounding, sums, value-left comparisons', () => {
    expect(it({ some: [{ var: 'nucleo' }, { '<': [{ age: [{ var: 'data_nascita' }] }, 3] }] })).toBe(
      "almeno un elemento di Nucleo familiare rispetta: Data di nascita del componente corrisponde a un'età inferiore a 3 anni",
    );
    expect(it({ round: [{ '*': [{ sum_of: [{ var: 'spese' }, 'importo'] }, 0.19] }, 2] })).toBe(
      'somma di Importo in Spese × 0,19 arrotondato a 2 decimali',
    );
    expect(it({ '>': [16500, { var: 'isee.value' }] })).toBe('ISEE (valore) è minore di 16.500');
    expect(it({ '-': [10, { '-': [4, 3] }] })).toBe('10 − (4 − 3)');
  });

  test('unknown fields, unknown operators and odd input are described, never thrown', () => {
    expect(it({ '<=': [{ var: 'isee_valor' }, 16500] })).toBe('«isee_valor» è al massimo 16.500');
    expect(it({ '==': [{ var: 'isee.dsu' }, 'INPS-ISEE-2025'] })).toBe('ISEE (dsu) è uguale a «INPS-ISEE-2025»');
    expect(it({ punteggio_extra: [{ var: 'gemelli' }, 3] } as JsonLogicRule)).toBe(
      "l'operazione «punteggio_extra» applicata a Gemelli e 3",
    );
    expect(it({ a: 1, b: 2 } as JsonLogicRule)).toBe('regola non leggibile');
    expect(describeRule(true, () => { throw new Error('x'); })).toBe('vero');
  });
});

describe('describeRule in English', () => {
  test('same rules, English words and number format', () => {
    expect(en(PISA_REQUIREMENT)).toBe('ISEE (valore) is at most 16,500 and Nucleo familiare has at least 1 item');
    expect(en(SAVONA_AMOUNT)).toBe('150 + 50 × (number of Nucleo familiare − 1), at most 400');
    expect(en({ '<': [{ var: 'richiedente.data_nascita' }, '2022-01-01'] })).toBe('Data di nascita is before 01/01/2022');
  });
});

test('describeRule never throws on random JSON', () => {
  const ops = ['and', 'or', '!', 'if', '<=', '<', '==', 'in', 'var', 'missing', 'bracket', 'reduce', 'some', 'min', '+', '-', 'age', 'x'];
  const { rule } = fc.letrec((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({ op: fc.constantFrom(...ops), args: fc.oneof(tie('rule'), fc.array(tie('rule'), { maxLength: 4 })) }).map(
        ({ op, args }) => ({ [op]: args }),
      ),
    ),
  }));
  fc.assert(
    fc.property(rule, (r) => {
      expect(typeof describeRule(r as JsonLogicRule, labels)).toBe('string');
      expect(typeof describeRule(r as JsonLogicRule, labels, 'en')).toBe('string');
    }),
    { numRuns: 300 },
  );
});
