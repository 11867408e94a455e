/**
 * Evaluation of a stored rule against a citizen's answers.
 */
import type { JsonLogicRule } from '../model/types';
import { withReferenceNow } from './clock';
import { applyRule, isTruthy } from './engine';
import { checkRuleSafety } from './safety';

/** Options of an evaluation. */
export interface EvaluateOptions {
  /**
   * The reference instant for `today`, `age`, …; its Europe/Rome calendar date
   * is "today". Inject it (tests, simulations, "as of the deadline"); the real
   * clock is only a default.
   */
  now?: Date;
}

/** Outcome of an evaluation: a value, or an Italian message saying why there is none. */
export type EvaluationResult = { ok: true; value: unknown } | { ok: false; error: string };

const fail = (error: string): EvaluationResult => ({ ok: false, error });

// A result must be plain data; NaN/Infinity mean "could not compute" (e.g. a
// formula over a field not answered yet, or a division by zero).
function resultProblem(value: unknown, depth = 0): string | null {
  if (depth > 50) return 'il risultato è troppo annidato';
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? null : 'il calcolo non ha prodotto un numero valido (dati mancanti o divisione per zero?)';
    case 'string':
    case 'boolean':
      return null;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (const item of value) {
          const problem = resultProblem(item, depth + 1);
          if (problem) return problem;
        }
        return null;
      }
      return Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null
        ? null
        : 'il risultato non è un dato JSON';
    default:
      return value === undefined ? null : 'il risultato non è un dato JSON';
  }
}

/**
 * Evaluates `rule` (JsonLogic + the extra operations of README.md) over
 * `data`, the answers keyed by field key. Never throws: an unsafe or unknown
 * operation, a malformed rule or a broken computation become `{ ok: false }`.
 * An `undefined` result (e.g. `{"and": []}`) is reported as `null`.
 * @example evaluateRule({"<=": [{"var": "isee.value"}, 16500]}, { isee: { value: 12000 } }) → { ok: true, value: true }
 */
export function evaluateRule(rule: JsonLogicRule, data: unknown, options: EvaluateOptions = {}): EvaluationResult {
  try {
    const now = options.now ?? new Date();
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) return fail('la data di riferimento («now») non è valida');
    const unsafe = checkRuleSafety(rule);
    if (unsafe) return fail(`Regola non valida: ${unsafe}`);
    const value = withReferenceNow(now, () => applyRule(rule, data ?? {}));
    const problem = resultProblem(value);
    if (problem) return fail(`Regola non calcolabile: ${problem}`);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    // json-logic-js throws on some malformed input; deep data can overflow the stack.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`Regola non calcolabile: ${detail}`);
  }
}

/**
 * Evaluates a condition (requirement, visibility): `true` when the result is
 * JsonLogic-truthy. An evaluation error is returned as it is, so the caller
 * decides (the preview shows it; visibility usually treats it as hidden).
 */
export function evaluateCondition(
  rule: JsonLogicRule,
  data: unknown,
  options: EvaluateOptions = {},
): { ok: true; value: boolean } | { ok: false; error: string } {
  const result = evaluateRule(rule, data, options);
  return result.ok ? { ok: true, value: isTruthy(result.value) } : result;
}
