/**
 * The one thing `src/runtime` needs from the rules engine: a function that
 * evaluates a JsonLogic rule against the answers. It is passed in rather than
 * imported so the runtime stays independent of `src/rules` (and testable with
 * any evaluator).
 */
import type { JsonLogicRule } from '../model/types';

/** The answers of one applicant, by field key. */
export type Answers = Record<string, unknown>;

/** Evaluates a rule against data; supplied by the caller (normally `src/rules`). */
export type RuleEvaluator = (rule: JsonLogicRule, data: Answers) => unknown;

/**
 * A rule result as a finite number: numbers as they are, numeric strings
 * parsed (including the Italian decimal comma, "1234,5"), booleans as 1/0;
 * anything else is `undefined` so callers decide what "no number" means.
 */
export function toFiniteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    // "1.234,50" (Italian) → 1234.50; "1234.50" stays as it is.
    const normalised = /,\d*$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
    const n = Number(normalised);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}
