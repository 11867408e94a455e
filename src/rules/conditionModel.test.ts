import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { JsonLogicRule } from '../model/types';
import {
  TODAY,
  conditionFromJsonLogic,
  conditionToJsonLogic,
  defaultConditionValue,
  type ConditionGroup,
  type ConditionValue,
} from './conditionModel';
import { evaluateCondition } from './evaluate';
import { PISA_REQUIREMENT } from './fixtures';
import { OPERATORS_BY_KIND, operatorLabel, operatorsFor, type OperatorId } from './operators';
import { conditionGroup, fieldKinds } from './testArbitraries';

describe('condition model ⇄ JsonLogic', () => {
  test('reads the Pisa requirement as two conditions of a "tutte" group', () => {
    expect(conditionFromJsonLogic(PISA_REQUIREMENT, fieldKinds)).toEqual({
      kind: 'all',
      items: [
        { field: 'isee.value', operator: 'lte', value: 16500 },
        { field: 'nucleo', operator: 'count_gte', value: 1 },
      ],
    });
  });

  test('a top-level group with one condition is stored as the bare condition', () => {
    const model: ConditionGroup = { kind: 'all', items: [{ field: 'residente', operator: 'is_true', value: null }] };
    expect(conditionToJsonLogic(model)).toEqual({ '!!': [{ var: 'residente' }] });
    expect(conditionFromJsonLogic({ '!!': [{ var: 'residente' }] })).toEqual(model);
  });

  test('reads hand-written shorthand: unary arguments without array, value on the left', () => {
    expect(conditionFromJsonLogic({ '!': { var: 'residente' } })).toEqual({
      kind: 'all',
      items: [{ field: 'residente', operator: 'is_false', value: null }],
    });
    expect(conditionFromJsonLogic({ '>=': [16500, { var: 'isee.value' }] })).toEqual({
      kind: 'all',
      items: [{ field: 'isee.value', operator: 'lte', value: 16500 }],
    });
  });

  test('dates can be compared with today', () => {
    const rule: JsonLogicRule = { '>=': [{ var: 'isee.expiry' }, { today: [] }] };
    const model = conditionFromJsonLogic(rule, fieldKinds);
    expect(model).toEqual({ kind: 'all', items: [{ field: 'isee.expiry', operator: 'gte', value: TODAY }] });
    expect(conditionToJsonLogic(model!)).toEqual(rule);
  });

  test('rules outside the builder give null (shown read-only)', () => {
    const outside: JsonLogicRule[] = [
      { '===': [{ var: 'a' }, 1] },
      { '<': [{ var: 'a' }, { var: 'b' }] },
      { '>=': [{ '+': [{ var: 'a' }, 1] }, 3] },
      { some: [{ var: 'nucleo' }, { '<': [{ age: [{ var: 'data_nascita' }] }, 3] }] },
      { var: 'residente' },
      { '>': [{ count: [{ var: 'nucleo' }] }, 3] },
      42,
      'testo',
      { and: [{ '!!': [{ var: 'a' }] }, { ciao: [] }] },
    ];
    for (const rule of outside) expect(conditionFromJsonLogic(rule)).toBeNull();
  });

  test('with field kinds, an operator that does not fit the field gives null', () => {
    expect(conditionFromJsonLogic({ '<': [{ var: 'richiedente.nome' }, 'M'] }, fieldKinds)).toBeNull();
    expect(conditionFromJsonLogic({ '<': [{ var: 'richiedente.nome' }, 'M'] })).not.toBeNull();
  });

  test('property: model → JsonLogic → model is the identity', () => {
    fc.assert(
      fc.property(conditionGroup, (model) => {
        expect(conditionFromJsonLogic(conditionToJsonLogic(model), fieldKinds)).toEqual(model);
      }),
      { numRuns: 500 },
    );
  });

  test('property: every generated rule is safe to evaluate', () => {
    fc.assert(
      fc.property(conditionGroup, (model) => {
        expect(evaluateCondition(conditionToJsonLogic(model), { nucleo: [] }).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('the encoded conditions mean what their labels say', () => {
    const data = { tipo: 'affitto', servizi: ['mensa', 'trasporto'], nome: 'Maria Rossi', eta: '', n: 0 };
    const check = (field: string, operator: OperatorId, value: ConditionValue) =>
      evaluateCondition(conditionToJsonLogic({ kind: 'all', items: [{ field, operator, value }] }), data);
    expect(check('tipo', 'one_of', ['affitto', 'comodato'])).toEqual({ ok: true, value: true });
    expect(check('tipo', 'none_of', ['proprietà'])).toEqual({ ok: true, value: true });
    expect(check('servizi', 'contains', 'mensa')).toEqual({ ok: true, value: true });
    expect(check('servizi', 'not_contains', 'pre-scuola')).toEqual({ ok: true, value: true });
    expect(check('nome', 'contains', 'Rossi')).toEqual({ ok: true, value: true });
    expect(check('eta', 'is_empty', null)).toEqual({ ok: true, value: true });
    expect(check('n', 'is_filled', null)).toEqual({ ok: true, value: true }); // 0 is an answer
    expect(check('n', 'between', [0, 2])).toEqual({ ok: true, value: true });
  });
});

describe('operators', () => {
  test('are offered by value kind, with Italian labels that depend on the kind', () => {
    expect(operatorsFor('boolean').map((o) => o.label.it)).toEqual(['è vero', 'è falso']);
    expect(operatorLabel('lt', 'date')).toBe('è prima del');
    expect(operatorLabel('gt', 'date')).toBe('è dopo il');
    expect(operatorLabel('lte', 'money')).toBe('è al massimo');
    expect(operatorLabel('lte', 'money', 'en')).toBe('is at most');
    expect(OPERATORS_BY_KIND.list).toEqual(['count_gte', 'count_lte', 'count_eq']);
  });

  test('default values match the operator', () => {
    expect(defaultConditionValue('between', 'date')).toEqual([TODAY, TODAY]);
    expect(defaultConditionValue('age_gte', 'date')).toBe(18);
    expect(defaultConditionValue('one_of', 'choice')).toEqual([]);
    expect(defaultConditionValue('lte', 'money')).toBe(0);
  });
});
