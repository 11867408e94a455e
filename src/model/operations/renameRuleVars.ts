/**
 * Internal: renaming field references inside JsonLogic rules, for copies
 * whose fields got new keys. A rule refers to an answer with
 * `{ "var": "key" }`, `{ "var": ["key", default] }` or a dotted path into a
 * group (`{ "var": "familiari.0.eta" }`); only the first segment is a key.
 */
import type { JsonLogicRule } from '../types';

function renameVarName(name: string, keyMap: ReadonlyMap<string, string>): string {
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const renamed = keyMap.get(head);
  return renamed === undefined ? name : renamed + (dot < 0 ? '' : name.slice(dot));
}

/** `rule` with references to `keyMap`'s keys renamed; the same object if none. */
export function renameRuleVars(rule: JsonLogicRule, keyMap: ReadonlyMap<string, string>): JsonLogicRule {
  if (keyMap.size === 0 || rule === null || typeof rule !== 'object') return rule;
  if (Array.isArray(rule)) {
    const items = rule.map((item) => renameRuleVars(item, keyMap));
    return items.every((item, i) => item === rule[i]) ? rule : items;
  }
  const entries = Object.entries(rule);
  if (entries.length === 1 && entries[0][0] === 'var') {
    const arg = entries[0][1];
    if (typeof arg === 'string') {
      const name = renameVarName(arg, keyMap);
      return name === arg ? rule : { var: name };
    }
    if (Array.isArray(arg) && typeof arg[0] === 'string') {
      const name = renameVarName(arg[0], keyMap);
      return name === arg[0] ? rule : { var: [name, ...arg.slice(1)] };
    }
    return rule;
  }
  let changed = false;
  const out: Record<string, JsonLogicRule> = {};
  for (const [operator, args] of entries) {
    const next = renameRuleVars(args, keyMap);
    changed ||= next !== args;
    out[operator] = next;
  }
  return changed ? out : rule;
}
