/**
 * Running the computed-value providers of pattern blocks (scores, amounts,
 * fees) in order. A provider that throws yields `undefined` and a problem,
 * never a broken preview.
 */
import type { ServiceDefinition } from '../../model/types';
import type { ComputedProvider, FlowAnswers, FlowEvaluator, RuleProblem } from './types';

export interface ComputedResult {
  computed: Record<string, unknown>;
  /** The answers with the values of providers that have a `ruleKey` added under it. */
  data: FlowAnswers;
  problems: RuleProblem[];
}

export function runComputed(
  definition: ServiceDefinition,
  answers: FlowAnswers,
  now: Date,
  evaluate: FlowEvaluator,
  providers: readonly ComputedProvider[],
): ComputedResult {
  const computed: Record<string, unknown> = {};
  const problems: RuleProblem[] = [];
  if (providers.length === 0) return { computed, data: answers, problems };
  let data: FlowAnswers = { ...answers };
  for (const provider of providers) {
    let value: unknown;
    try {
      value = provider.compute({ definition, data, now, evaluate });
    } catch (error) {
      problems.push({ where: `computed:${provider.key}`, error: error instanceof Error ? error.message : String(error) });
      value = undefined;
    }
    computed[provider.key] = value;
    if (provider.ruleKey !== undefined) data = { ...data, [provider.ruleKey]: value };
  }
  return { computed, data, problems };
}
