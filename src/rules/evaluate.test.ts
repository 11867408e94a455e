import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { JsonLogicRule } from '../model/types';
import { evaluateCondition, evaluateRule } from './evaluate';

const NOW = new Date('2025-06-15T10:00:00Z');

describe('evaluateRule', () => {
  test('reads nested answers of composite fields', () => {
    const rule = { '<=': [{ var: 'isee.value' }, 16500] };
    expect(evaluateRule(rule, { isee: { value: 12000, expiry: '2025-12-31' } })).toEqual({ ok: true, value: true });
    expect(evaluateRule(rule, { isee: { value: 20000 } })).toEqual({ ok: true, value: false });
  });

  test('injects now: "today" and "age" follow the option, not the clock', () => {
    expect(evaluateRule({ today: [] }, {}, { now: NOW })).toEqual({ ok: true, value: '2025-06-15' });
    const adult = { '>=': [{ age: [{ var: 'richiedente.data_nascita' }] }, 18] };
    const data = { richiedente: { data_nascita: '2007-06-16' } };
    expect(evaluateRule(adult, data, { now: NOW })).toEqual({ ok: true, value: false });
    expect(evaluateRule(adult, data, { now: new Date('2025-06-16T08:00:00Z') })).toEqual({ ok: true, value: true });
  });

  test('an ISEE that expires after today is still valid', () => {
    const valid: JsonLogicRule = { '>=': [{ var: 'isee.expiry' }, { today: [] }] };
    expect(evaluateRule(valid, { isee: { expiry: '2025-12-31' } }, { now: NOW })).toEqual({ ok: true, value: true });
    expect(evaluateRule(valid, { isee: { expiry: '2024-12-31' } }, { now: NOW })).toEqual({ ok: true, value: false });
  });

  test('rejects unknown, forbidden and dotted operations with an Italian message', () => {
    expect(evaluateRule({ ciao: [1] } as JsonLogicRule, {})).toEqual({
      ok: false,
      error: 'Regola non valida: operazione sconosciuta «ciao»',
    });
    expect(evaluateRule({ log: ['x'] }, {})).toMatchObject({ ok: false });
    expect(evaluateRule({ 'age.prototype.constructor': [1] }, {})).toMatchObject({ ok: false });
    expect(evaluateRule({ var: '__proto__' }, {})).toMatchObject({ ok: false });
    expect(evaluateRule({ var: 'a.constructor.constructor' }, { a: {} })).toMatchObject({ ok: false });
    expect(evaluateRule({ var: { cat: ['constr', 'uctor'] } }, {})).toMatchObject({ ok: false });
  });

  test('a value that is not JSON or not a finite number is an error, not a value', () => {
    expect(evaluateRule({ var: 'toString' }, {})).toMatchObject({ ok: false });
    expect(evaluateRule({ '/': [1, 0] }, {})).toMatchObject({ ok: false });
    expect(evaluateRule({ '*': [{ var: 'mancante' }, 2] }, {})).toMatchObject({ ok: false });
  });

  test('undefined becomes null; invalid now is reported', () => {
    expect(evaluateRule({ and: [] }, {})).toEqual({ ok: true, value: null });
    expect(evaluateRule(true, {}, { now: new Date('nope') })).toMatchObject({ ok: false });
  });

  test('does not leak the injected now into later evaluations', () => {
    evaluateRule({ today: [] }, {}, { now: new Date('2001-01-01T12:00:00Z') });
    const result = evaluateRule({ today: [] }, {});
    expect(result.ok && result.value).not.toBe('2001-01-01');
  });

  test('evaluateCondition uses JsonLogic truthiness (an empty list is false)', () => {
    expect(evaluateCondition({ var: 'nucleo' }, { nucleo: [] })).toEqual({ ok: true, value: false });
    expect(evaluateCondition({ var: 'nucleo' }, { nucleo: [{ nome: 'Anna' }] })).toEqual({ ok: true, value: true });
  });
});

describe('evaluateRule never throws', () => {
  const operators = ['var', 'if', '==', '<', '<=', '!', 'and', 'or', '+', '-', '*', '/', 'min', 'max', 'map', 'reduce',
    'some', 'in', 'cat', 'substr', 'merge', 'missing', 'age', 'today', 'round', 'count', 'sum_of', 'bracket',
    'days_between', 'log', 'constructor', '__proto__', 'toString', 'x.y', 'age.call'];
  const { rule } = fc.letrec((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(tie('rule'), { maxLength: 4 }),
      fc.record({ op: fc.constantFrom(...operators), args: fc.oneof(tie('rule'), fc.array(tie('rule'), { maxLength: 4 })) })
        .map(({ op, args }) => ({ [op]: args })),
    ),
  }));
  const data = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ isee: { value: 9000 }, nucleo: [{ nome: 'A' }] }));

  test('on random JSON rules and data', () => {
    fc.assert(
      fc.property(rule, data, (r, d) => {
        const result = evaluateRule(r as JsonLogicRule, d, { now: NOW });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  test('on a very deep rule', () => {
    let deep: JsonLogicRule = 1;
    for (let i = 0; i < 5000; i++) deep = { '+': [deep, 1] };
    expect(evaluateRule(deep, {})).toMatchObject({ ok: false });
  });
});

describe('the shared json-logic-js operation table', () => {
  test('an operation someone else registers globally is not reachable from stored rules', async () => {
    const ns = await import('json-logic-js');
    const jsonLogic = ((ns as unknown as { default?: typeof ns }).default ?? ns) as typeof ns;
    jsonLogic.add_operation('leggi_file', () => 'segreto');
    expect(evaluateRule({ leggi_file: [] } as JsonLogicRule, {})).toMatchObject({ ok: false });
    jsonLogic.rm_operation('leggi_file');
  });

  test('our extra operations are registered on it (idempotently: importing again changes nothing)', async () => {
    await import('./engine');
    const ns = await import('json-logic-js');
    const jsonLogic = ((ns as unknown as { default?: typeof ns }).default ?? ns) as typeof ns;
    expect(jsonLogic.apply({ count: [{ var: 'nucleo' }] }, { nucleo: [1, 2, 3] })).toBe(3);
  });
});
