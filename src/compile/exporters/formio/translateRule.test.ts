import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { JsonLogicRule } from '../../../model/types';
import { evaluateRule } from '../../../rules/evaluate';
import { FORMIO_OPERATIONS, STANDARD_OPERATIONS, operationsOf, translateRule } from './translateRule';

const toData = (path: string) => `data.${path}`;
const now = new Date('2026-03-10T10:00:00Z');

/** Translated for Form.io, then run by plain json-logic-js over `{ data }`, as Form.io does. */
function runInFormio(rule: JsonLogicRule, answers: Record<string, unknown>): unknown {
  const result = translateRule(rule, toData);
  if (!result.ok) throw new Error(`non traducibile: ${result.unsupported}`);
  return jsonLogic.apply(result.rule as never, { data: answers });
}

const ours = (rule: JsonLogicRule, answers: Record<string, unknown>) => {
  const result = evaluateRule(rule, answers, { now });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('translateRule: our JsonLogic for Form.io', () => {
  it('points answer paths at Form.io data, keeping defaults', () => {
    const result = translateRule({ and: [{ '==': [{ var: 'residente' }, true] }, { '>': [{ var: ['isee.value', 0] }, 0] }] }, toData);
    expect(result).toEqual({
      ok: true,
      rule: { and: [{ '==': [{ var: 'data.residente' }, true] }, { '>': [{ var: ['data.isee.value', 0] }, 0] }] },
    });
  });

  it('leaves the per-item rule of reduce/map alone: it names the item, not the answers', () => {
    const result = translateRule({ map: [{ var: 'nucleo' }, { var: 'reddito' }] }, toData);
    expect(result).toEqual({ ok: true, rule: { map: [{ var: 'data.nucleo' }, { var: 'reddito' }] } });
  });

  it('computes the Pisa voucher (count in brackets) as our engine does, for 0 to 6 members', () => {
    const pisa: JsonLogicRule = {
      bracket: [{ count: [{ var: 'nucleo' }] }, [[1, 150], [2, 300], [3, 400]], { '+': [400, { '*': [50, { '-': [{ count: [{ var: 'nucleo' }] }, 3] }] }] }],
    };
    for (let members = 0; members <= 6; members++) {
      const answers = { nucleo: Array.from({ length: members }, (_, i) => ({ nome: `Componente ${i + 1}` })) };
      expect(runInFormio(pisa, answers)).toBe(ours(pisa, answers));
    }
  });

  it('puts a missing value in the «otherwise» bracket, as our bracket does (no ISEE → full tariff)', () => {
    const canteen: JsonLogicRule = { bracket: [{ var: 'isee.value' }, [[6000, 2], [9360, 3.5], [15000, 4]], 4.5] };
    for (const isee of [undefined, '', 0, 5999.99, 6000, 9000, 15000, 15000.01, 40000]) {
      const answers = { isee: { value: isee } };
      expect(runInFormio(canteen, answers)).toBe(ours(canteen, answers));
    }
  });

  it('sums a property over a list as sum_of does', () => {
    const rule: JsonLogicRule = { sum_of: [{ var: 'nucleo' }, 'reddito'] };
    const answers = { nucleo: [{ reddito: 12000 }, { reddito: 3500.5 }, {}] };
    expect(runInFormio(rule, answers)).toBe(ours(rule, answers));
    expect(runInFormio(rule, {})).toBe(0);
  });

  it('uses Form.io’s own lodash rounding and date operations', () => {
    expect(translateRule({ round: [{ var: 'x' }, 2] }, toData)).toEqual({ ok: true, rule: { _round: [{ var: 'data.x' }, 2] } });
    expect(translateRule({ floor: [{ var: 'x' }] }, toData)).toEqual({ ok: true, rule: { _floor: [{ var: 'data.x' }] } });
    expect(translateRule({ '<': [{ var: 'scadenza' }, { today: [] }] }, toData)).toEqual({
      ok: true,
      rule: { '<': [{ var: 'data.scadenza' }, { substr: [{ getDate: [] }, 0, 10] }] },
    });
  });

  it('reports age and days_between, which need calendar arithmetic JsonLogic lacks', () => {
    const rule: JsonLogicRule = { and: [{ '>=': [{ age: [{ var: 'data_nascita' }] }, 18] }, { '<=': [{ days_between: [{ var: 'dsu' }, { today: [] }] }, 365] }] };
    expect(translateRule(rule, toData)).toEqual({ ok: false, unsupported: ['age', 'days_between'] });
  });

  it('emits only operations Form.io runs', () => {
    const rule: JsonLogicRule = {
      if: [{ '!': [{ var: 'residente' }] }, 4.5, { round: [{ bracket: [{ sum_of: [{ var: 'nucleo' }, 'reddito'] }, [[6000, 2]], 4.5] }, 2] }],
    };
    const result = translateRule(rule, toData);
    expect(result.ok).toBe(true);
    const used = operationsOf(result.ok ? result.rule : null);
    for (const op of used) expect(STANDARD_OPERATIONS.has(op) || FORMIO_OPERATIONS.has(op), op).toBe(true);
  });
});
