/**
 * Checking the requirements of a service (`def.requirements`) against the
 * answers: each is met, not met (with the official's message), or pending
 * because it reads answers not given yet.
 */
import type { Requirement } from '../../model/types';
import { isAnsweredAt } from './answerPaths';
import { ruleVariables } from './ruleVariables';
import { isTruthy } from './truthy';
import type { FlowAnswers, FlowEvaluator, RequirementCheck } from './types';

/** Checks one requirement over `data` at `now`. */
export function checkRequirement(
  requirement: Requirement,
  data: FlowAnswers,
  now: Date,
  evaluate: FlowEvaluator,
): RequirementCheck {
  // Missing data is not a failure yet: JsonLogic reads it as null, and
  // `null <= 16500` would even pass. Knowing which answers a rule reads lets
  // the preview say "da verificare" until they are given.
  const pending = ruleVariables(requirement.rule).some((path) => !isAnsweredAt(data, path));
  const outcome = evaluate(requirement.rule, data, now);
  const base = { id: requirement.id, name: requirement.name, pending };
  if (!outcome.ok) return { ...base, ok: false, message: requirement.message, error: outcome.error };
  const ok = isTruthy(outcome.value);
  return ok ? { ...base, ok } : { ...base, ok, message: requirement.message };
}

/** Checks every requirement, in the order the official wrote them. */
export function checkRequirements(
  requirements: readonly Requirement[],
  data: FlowAnswers,
  now: Date,
  evaluate: FlowEvaluator,
): RequirementCheck[] {
  return requirements.map((requirement) => checkRequirement(requirement, data, now, evaluate));
}
