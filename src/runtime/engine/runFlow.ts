/**
 * The citizen-flow engine: given a definition, the answers so far, an
 * instant and a rule evaluator, what the citizen sees and whether they may
 * apply.
 */
import type { ServiceDefinition } from '../../model/types';
import { serviceAvailability } from '../schedule';
import { runComputed } from './computed';
import { pruneAnswers } from './pruneAnswers';
import { checkRequirements } from './requirements';
import type { FlowAnswers, FlowEvaluator, FlowState, RunFlowOptions } from './types';
import { computeVisibility, type Visibility } from './visibility';

/**
 * A hidden field's stale answer must not decide what else is shown, so
 * visibility is recomputed over the answers without the hidden ones until it
 * settles. Chains of conditions are short; the bound only guards against a
 * rule set that flips back and forth.
 */
const MAX_SETTLE_ROUNDS = 5;

/**
 * Runs the flow of `def` over `answers` at `now`.
 *
 * @param evaluate normally `(rule, data, now) => evaluateRule(rule, data, { now })` from `src/rules`.
 * @example
 * const state = runFlow(def, { altri_sostegni: true }, new Date(), rulesEvaluator);
 * state.visibleSteps        // ['step-richiedente', 'step-economica', …]
 * state.requirements[0]     // { id, name, ok: false, pending: true, message }
 */
export function runFlow(
  def: ServiceDefinition,
  answers: FlowAnswers,
  now: Date,
  evaluate: FlowEvaluator,
  options: RunFlowOptions = {},
): FlowState {
  const providers = options.computed ?? [];
  let effective = pruneAnswers(def, answers);
  let result = runComputed(def, effective, now, evaluate, providers);
  let visibility: Visibility = computeVisibility(def, result.data, now, evaluate);
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round += 1) {
    const pruned = pruneAnswers(def, effective, visibility.hiddenNodeIds);
    if (pruned === effective) break;
    effective = pruned;
    result = runComputed(def, effective, now, evaluate, providers);
    visibility = computeVisibility(def, result.data, now, evaluate);
  }
  const requirements = checkRequirements(def.requirements, result.data, now, evaluate);
  const problems = [
    ...visibility.problems,
    ...result.problems,
    ...requirements.filter((r) => r.error).map((r) => ({ where: `requirement:${r.id}`, error: r.error! })),
  ];
  return {
    answers: effective,
    availability: serviceAvailability(def, now),
    visibleSteps: visibility.visibleSteps,
    visibleNodeIds: visibility.visibleNodeIds,
    hiddenNodeIds: visibility.hiddenNodeIds,
    requirements,
    eligible: requirements.every((r) => r.ok),
    computed: result.computed,
    problems,
  };
}
