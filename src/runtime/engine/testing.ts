/**
 * Shared test helpers of the engine: the real rules evaluator, and the
 * "Buoni spesa" service with its requirements, as an official would set them.
 */
import { bonusAlimentare } from '../../compile/fixtures/bonusAlimentare';
import type { ServiceDefinition } from '../../model/types';
import { evaluateRule } from '../../rules/evaluate';
import type { FlowEvaluator } from './types';

export const rulesEvaluator: FlowEvaluator = (rule, data, now) => evaluateRule(rule, data, { now });

/** "Buoni spesa" with two requirements: ISEE up to 9,360 € and an adult applicant. */
export function buoniSpesa(): ServiceDefinition {
  const def = bonusAlimentare();
  def.status = 'published';
  def.card.max_response_days = 30;
  def.requirements = [
    {
      id: 'req-isee',
      name: 'ISEE fino a 9.360 €',
      rule: { '<=': [{ var: 'isee.value' }, 9360] },
      message: 'Il valore ISEE del nucleo supera la soglia di 9.360 €.',
    },
    {
      id: 'req-maggiorenne',
      name: 'Richiedente maggiorenne',
      rule: { '>=': [{ age: [{ var: 'richiedente.birth_date' }] }, 18] },
      message: 'La domanda deve essere presentata da una persona maggiorenne.',
    },
  ];
  return def;
}
