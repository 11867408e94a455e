import { describe, expect, test } from 'vitest';
import type { FormulaNode } from '../../rules';
import { buildFieldCatalog } from './fieldCatalog';
import { FORMULA_TYPES, changeType, fieldChoices, isTypeAvailable, nextBracketStep } from './formulaEdits';
import { buoniSpesa } from './testing/buoniSpesa';

const choices = fieldChoices(buildFieldCatalog(buoniSpesa()));
const n = (value: number): FormulaNode => ({ type: 'number', value });

describe('formula edits', () => {
  test('composite types wrap the block that was there', () => {
    expect(changeType(n(150), 'binary', choices)).toEqual({ type: 'binary', operator: '+', left: n(150), right: n(0) });
    expect(changeType(n(150), 'min', choices)).toEqual({ type: 'min', args: [n(150), n(0)] });
    expect(changeType(n(150), 'round', choices)).toEqual({ type: 'round', mode: 'half_up', decimals: 0, arg: n(150) });
    expect(changeType(n(4), 'if', choices)).toEqual({ type: 'if', condition: { kind: 'all', items: [] }, then: n(4), else: n(0) });
    expect(changeType(n(4), 'bracket', choices)).toMatchObject({ type: 'bracket', arg: n(4), otherwise: n(0) });
  });

  test('"al massimo" ⇄ "almeno" keeps the values instead of nesting', () => {
    expect(changeType({ type: 'min', args: [n(1), n(2)] }, 'max', choices)).toEqual({ type: 'max', args: [n(1), n(2)] });
  });

  test('leaves start from a fitting field: amounts, dates, households first', () => {
    expect(changeType(n(0), 'field', choices)).toEqual({ type: 'field', field: 'isee.value' });
    expect(changeType(n(0), 'age', choices)).toEqual({ type: 'age', field: 'isee.expiry' });
    expect(changeType(n(0), 'count', choices)).toEqual({ type: 'count', field: 'nucleo' });
    expect(changeType({ type: 'sum', field: 'nucleo', property: '' }, 'count', choices)).toEqual({ type: 'count', field: 'nucleo' });
  });

  test('a sum adds up a numeric property of a list’s items', () => {
    const withExpenses = fieldChoices([
      { path: 'spese', label: 'Spese sostenute', kind: 'list' },
      { path: 'spese.descrizione', label: 'Descrizione', kind: 'text', list: 'spese' },
      { path: 'spese.importo', label: 'Importo', kind: 'money', list: 'spese' },
    ]);
    expect(changeType({ type: 'count', field: 'spese' }, 'sum', withExpenses)).toEqual({ type: 'sum', field: 'spese', property: 'importo' });
  });

  test('types needing a field are unavailable in a service without one', () => {
    const none = fieldChoices([]);
    expect(FORMULA_TYPES.filter((type) => !isTypeAvailable(type, none))).toEqual(['field', 'age', 'count', 'sum']);
    // The household has no amount per member: nothing to add up.
    expect(FORMULA_TYPES.filter((type) => !isTypeAvailable(type, choices))).toEqual(['sum']);
  });

  test('a new bracket continues the step of the table', () => {
    expect(nextBracketStep([])).toEqual({ upTo: 0, result: n(0) });
    expect(nextBracketStep([{ upTo: 6000, result: n(2) }])).toEqual({ upTo: 7000, result: n(2) });
    expect(nextBracketStep([{ upTo: 1, result: n(150) }, { upTo: 2, result: n(300) }])).toEqual({ upTo: 3, result: n(300) });
  });
});
