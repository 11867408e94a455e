/**
 * JsonLogic truthiness (an empty list is false, otherwise JavaScript's rule).
 * Restated here rather than imported from `src/rules`: `src/runtime` takes its
 * evaluator from the caller and stays independent of the rules engine.
 */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}
