// Properties tying the layers together: whatever the builder can produce is
// safe to evaluate, described with specific wording, and lint-clean.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { conditionToJsonLogic } from './conditionModel';
import { describeRule } from './describe';
import { evaluateRule } from './evaluate';
import { formulaToJsonLogic } from './formulaModel';
import { lintRule, type FieldInfo } from './lint';
import { SERVICE_FIELDS, conditionGroup, fieldKinds, formula } from './testArbitraries';

const FIELDS = new Map<string, FieldInfo>([
  ...Object.entries(SERVICE_FIELDS).map(([key, kind]): [string, FieldInfo] => [key, { kind, label: key }]),
  ['nucleo.reddito', { kind: 'money', label: 'Reddito' }],
]);
const labels = (key: string) => FIELDS.get(key)?.label;
const ANSWERS = {
  richiedente: { nome: 'Maria', data_nascita: '1985-04-12' },
  isee: { value: 9000, expiry: '2026-01-15' },
  componenti_disabili: 1,
  residente: true,
  tipo_abitazione: 'affitto',
  servizi_richiesti: ['mensa'],
  nucleo: [{ reddito: 12000 }, { reddito: 0 }],
};

test('builder conditions: evaluable, described without generic wording, free of lint errors', () => {
  fc.assert(
    fc.property(conditionGroup, (model) => {
      const rule = conditionToJsonLogic(model);
      expect(evaluateRule(rule, ANSWERS, { now: new Date('2025-06-01T10:00:00Z') }).ok).toBe(true);
      expect(describeRule(rule, labels, 'it', { fieldKinds })).not.toContain("l'operazione");
      expect(lintRule(rule, FIELDS, '').filter((issue) => issue.severity === 'error')).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test('builder formulas: described without generic wording, free of lint errors', () => {
  fc.assert(
    fc.property(formula, (model) => {
      const rule = formulaToJsonLogic(model);
      expect(describeRule(rule, labels)).not.toContain("l'operazione");
      expect(lintRule(rule, FIELDS, '').filter((issue) => issue.severity === 'error')).toEqual([]);
    }),
    { numRuns: 300 },
  );
});
