/**
 * Our JsonLogic → the JsonLogic Form.io runs (`conditional.json`,
 * `calculateValue`). Form.io evaluates rules with plain json-logic-js plus a
 * few operations of its own (`getDate`, lodash's `_round`, …); it knows none
 * of Mattoncini's extra operations (see src/rules/README.md). Those that
 * standard JsonLogic can express are rewritten (`count`, `sum_of` and
 * `bracket` with `reduce` and `if`; `round`/`floor`/`ceil` with Form.io's
 * lodash operations; `today` with `getDate`); `age` and `days_between` need
 * calendar arithmetic JsonLogic does not have and are reported.
 *
 * Answer paths are rewritten by `resolve` (`isee.value` → `data.isee.value`,
 * the applicant's `richiedente.name` → `data.applicant.data.completename.data.name`).
 */
import type { JsonLogicRule } from '../../../model/types';

/** The operations of json-logic-js 2.0 (what Form.io's JsonLogic runs), without `log`. */
export const STANDARD_OPERATIONS: ReadonlySet<string> = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'and', 'or',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'map', 'filter', 'reduce', 'all', 'none',
  'some', 'merge', 'in', 'cat', 'substr',
]);

/** Operations Form.io adds to json-logic-js that the translation uses. */
export const FORMIO_OPERATIONS: ReadonlySet<string> = new Set(['getDate', '_round', '_floor', '_ceil']);

/** Operations whose later arguments are evaluated on each item (`var` names the item, not the answers). */
const ITEM_SCOPED = new Set(['map', 'filter', 'all', 'none', 'some', 'reduce']);

export type TranslateResult = { ok: true; rule: JsonLogicRule } | { ok: false; unsupported: string[] };

/** Rewrites an answer path to the path Form.io reads (`data.…` or `row.…`). */
export type PathResolver = (path: string) => string;

const isOperation = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1;

const argsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** `{"var": "x"}` is missing or empty in Form.io's data (our operations read both as "no value"). */
const isBlank = (value: JsonLogicRule): JsonLogicRule => ({ or: [{ '==': [value, null] }, { '===': [value, ''] }] });

/**
 * Translates `rule`; `{ ok: false, unsupported }` names the operations
 * Form.io cannot run (the caller exports the component without the rule).
 */
export function translateRule(rule: JsonLogicRule, resolve: PathResolver): TranslateResult {
  const unsupported: string[] = [];

  const walk = (node: unknown, paths: PathResolver | null): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, paths));
    if (!isOperation(node)) return node;
    const op = Object.keys(node)[0];
    const raw = node[op];
    const args = argsOf(raw);
    const sub = (value: unknown) => walk(value, paths);

    switch (op) {
      case 'var': {
        if (!paths) return { var: Array.isArray(raw) ? raw.map(sub) : raw };
        const [path, ...fallback] = args;
        if (typeof path !== 'string' && typeof path !== 'number') return { var: args.map(sub) };
        const resolved = paths(String(path));
        return fallback.length ? { var: [resolved, ...fallback.map(sub)] } : { var: resolved };
      }
      case 'missing':
        return { missing: args.map((a) => (typeof a === 'string' && paths ? paths(a) : sub(a))) };
      case 'missing_some':
        return {
          missing_some: [sub(args[0]), Array.isArray(args[1]) ? args[1].map((a) => (typeof a === 'string' && paths ? paths(a) : sub(a))) : sub(args[1])],
        };
      case 'today':
        // Form.io's getDate() is now as an ISO instant: its first 10 characters are today's (UTC) date.
        return { substr: [{ getDate: [] }, 0, 10] };
      case 'count':
        return { reduce: [sub(args[0]), { '+': [{ var: 'accumulator' }, 1] }, 0] };
      case 'sum_of': {
        const item = typeof args[1] === 'string' && args[1] !== '' ? `current.${args[1]}` : 'current';
        return { reduce: [sub(args[0]), { '+': [{ var: 'accumulator' }, { var: [item, 0] }] }, 0] };
      }
      case 'round':
      case 'floor':
      case 'ceil':
        return { [`_${op}`]: args.map(sub) };
      case 'bracket': {
        const value = sub(args[0]) as JsonLogicRule;
        const otherwise = sub(args[2]);
        const brackets = Array.isArray(args[1]) ? args[1] : [];
        const branches: unknown[] = [isBlank(value), otherwise];
        for (const bracket of brackets) {
          if (!Array.isArray(bracket) || bracket.length < 2) continue;
          branches.push({ '<=': [value, sub(bracket[0])] }, sub(bracket[1]));
        }
        branches.push(otherwise);
        return { if: branches };
      }
      default:
        if (!STANDARD_OPERATIONS.has(op)) {
          if (!unsupported.includes(op)) unsupported.push(op);
          return node;
        }
        if (ITEM_SCOPED.has(op)) {
          // The list is read from the answers; the per-item rule names the item (or accumulator/current).
          const [list, ...rest] = args;
          return { [op]: [sub(list), ...rest.map((r, i) => (op === 'reduce' && i === 1 ? sub(r) : walk(r, null)))] };
        }
        return { [op]: Array.isArray(raw) ? raw.map(sub) : sub(raw) };
    }
  };

  const translated = walk(rule, resolve) as JsonLogicRule;
  return unsupported.length ? { ok: false, unsupported } : { ok: true, rule: translated };
}

/** Every operation name a (translated) rule uses, to check it runs in Form.io. */
export function operationsOf(rule: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(rule)) rule.forEach((item) => operationsOf(item, into));
  else if (isOperation(rule)) {
    const op = Object.keys(rule)[0];
    into.add(op);
    operationsOf(rule[op], into);
  }
  return into;
}
