import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { JsonLogicRule } from '../model/types';
import { evaluateRule } from './evaluate';
import { MANFREDONIA_FEE, PISA_AMOUNT, SAVONA_AMOUNT } from './fixtures';
import { formulaFromJsonLogic, formulaToJsonLogic, type FormulaNode } from './formulaModel';
import { fieldKinds, formula } from './testArbitraries';

const members: FormulaNode = { type: 'count', field: 'nucleo' };

describe('formula model ⇄ JsonLogic', () => {
  test('reads the Savona amount: min(150 + 50 × (members − 1), 400)', () => {
    expect(formulaFromJsonLogic(SAVONA_AMOUNT)).toEqual({
      type: 'min',
      args: [
        {
          type: 'binary',
          operator: '+',
          left: { type: 'number', value: 150 },
          right: {
            type: 'binary',
            operator: '*',
            left: { type: 'number', value: 50 },
            right: { type: 'binary', operator: '-', left: members, right: { type: 'number', value: 1 } },
          },
        },
        { type: 'number', value: 400 },
      ],
    });
  });

  test('reads the Pisa bracket table and the Manfredonia fee with its condition', () => {
    const pisa = formulaFromJsonLogic(PISA_AMOUNT);
    expect(pisa).toMatchObject({ type: 'bracket', arg: members, steps: [{ upTo: 1 }, { upTo: 2 }, { upTo: 3 }] });
    const manfredonia = formulaFromJsonLogic(MANFREDONIA_FEE, fieldKinds);
    expect(manfredonia).toMatchObject({
      type: 'if',
      condition: { kind: 'all', items: [{ field: 'residente', operator: 'is_false', value: null }] },
      then: { type: 'number', value: 4.5 },
      else: { type: 'bracket' },
    });
    expect(formulaToJsonLogic(manfredonia!)).toEqual(MANFREDONIA_FEE);
  });

  test('a builder-made formula computes the same as the hand-written one', () => {
    const savona = formulaToJsonLogic(formulaFromJsonLogic(SAVONA_AMOUNT)!);
    const nucleo = [{}, {}, {}];
    expect(evaluateRule(savona, { nucleo })).toEqual({ ok: true, value: 250 });
  });

  test('variadic sums and chained if read as nested binary and nested if', () => {
    expect(formulaFromJsonLogic({ '+': [1, 2, 3] })).toEqual({
      type: 'binary',
      operator: '+',
      left: { type: 'binary', operator: '+', left: { type: 'number', value: 1 }, right: { type: 'number', value: 2 } },
      right: { type: 'number', value: 3 },
    });
    const chained = formulaFromJsonLogic({ if: [{ var: 'a' }, 1, { var: 'b' }, 2, 3] } as JsonLogicRule);
    expect(chained).toBeNull(); // a bare var is not a builder condition
    const ok = formulaFromJsonLogic({ if: [{ '!!': [{ var: 'a' }] }, 1, { '!!': [{ var: 'b' }] }, 2, 3] });
    expect(ok).toMatchObject({ type: 'if', else: { type: 'if', else: { type: 'number', value: 3 } } });
  });

  test('outside the builder: null', () => {
    const outside: JsonLogicRule[] = [
      'testo',
      true,
      { '%': [{ var: 'a' }, 2] },
      { '-': [5] },
      { round: [1.234, 1.5] },
      { var: ['a', 0] },
      { min: [] },
      { bracket: [{ var: 'a' }, [[1]], 0] },
      { reduce: [{ var: 'genitori' }, { '+': [{ var: 'accumulator' }, 1] }, 0] },
    ];
    for (const rule of outside) expect(formulaFromJsonLogic(rule)).toBeNull();
  });

  test('property: model → JsonLogic → model is the identity', () => {
    fc.assert(
      fc.property(formula, (model) => {
        expect(formulaFromJsonLogic(formulaToJsonLogic(model), fieldKinds)).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });
});
