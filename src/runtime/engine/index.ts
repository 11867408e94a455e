/**
 * `src/runtime/engine`: the citizen-flow engine. Pure: definition + answers +
 * "now" + a rule evaluator → visible steps and nodes, requirements,
 * eligibility, computed values and availability. See `runFlow`.
 */
export { runFlow } from './runFlow';
export { pruneAnswers } from './pruneAnswers';
export { followKeyRenames } from './followKeyRenames';
export { computeVisibility, type Visibility } from './visibility';
export { checkRequirement, checkRequirements } from './requirements';
export { runComputed, type ComputedResult } from './computed';
export { ruleVariables } from './ruleVariables';
export { isAnswered, isAnsweredAt, valueAt } from './answerPaths';
export { isTruthy } from './truthy';
export type * from './types';
