/**
 * The check every rule passes before json-logic-js sees it. Rules are data
 * written by officials or loaded from files, so they are treated as untrusted:
 * only catalogued operations, no dotted operation names (json-logic-js would
 * walk into its own function objects), no `var` path that reaches JavaScript
 * internals, bounded depth.
 */
import { FORBIDDEN_OPERATIONS, UNSAFE_PATH_SEGMENTS, argumentsOf, operationInfo, operatorOf } from './catalog';

/** Deeper than any rule an official could build; protects the call stack. */
export const MAX_RULE_DEPTH = 100;

/** Why a `var` path is unsafe, or `null` when it is fine. Paths must be literal. */
export function unsafeVarPath(path: unknown): string | null {
  if (path === undefined || path === null || typeof path === 'number') return null;
  if (typeof path !== 'string') return 'il nome del campo in «var» deve essere un testo, non un calcolo';
  const bad = path.split('.').find((segment) => UNSAFE_PATH_SEGMENTS.has(segment));
  return bad ? `il percorso «${path}» non è consentito` : null;
}

/** The first reason the rule cannot be evaluated safely, or `null` when it can. */
export function checkRuleSafety(rule: unknown, depth = 0): string | null {
  if (depth > MAX_RULE_DEPTH) return `la regola è annidata oltre ${MAX_RULE_DEPTH} livelli`;
  if (rule === null || typeof rule !== 'object') {
    return typeof rule === 'function' || typeof rule === 'symbol' || typeof rule === 'bigint' || rule === undefined
      ? 'la regola contiene un valore che non è JSON'
      : null;
  }
  if (Array.isArray(rule)) {
    for (const item of rule) {
      const problem = checkRuleSafety(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  const keys = Object.keys(rule);
  if (keys.length !== 1) {
    // json-logic-js would silently return such an object as data; in a stored rule it is a mistake.
    return keys.length === 0
      ? 'la regola contiene un oggetto vuoto'
      : `un elemento della regola ha più operazioni insieme (${keys.join(', ')})`;
  }
  const operator = operatorOf(rule as Record<string, unknown>);
  if (Object.prototype.hasOwnProperty.call(FORBIDDEN_OPERATIONS, operator)) {
    return `l'operazione «${operator}» non è consentita: ${FORBIDDEN_OPERATIONS[operator]}`;
  }
  if (!operationInfo(operator)) return `operazione sconosciuta «${operator}»`;
  const args = argumentsOf((rule as Record<string, unknown>)[operator]);
  if (operator === 'var') {
    const problem = unsafeVarPath(args[0]);
    if (problem) return problem;
    return args.length > 1 ? checkRuleSafety(args[1], depth + 1) : null;
  }
  for (const arg of args) {
    const problem = checkRuleSafety(arg, depth + 1);
    if (problem) return problem;
  }
  return null;
}
