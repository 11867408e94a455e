/** The engine's rule evaluator, bound to `src/rules` (JsonLogic + the documented extra operations). */
import { evaluateRule } from '../../rules/evaluate';
import type { FlowEvaluator } from '../../runtime/engine';

export const rulesEvaluator: FlowEvaluator = (rule, data, now) => evaluateRule(rule, data, { now });
