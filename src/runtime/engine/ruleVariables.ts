/**
 * The answer paths a rule reads at the top level (its `var`s), so the engine
 * can tell "not met" from "not answered yet". Paths read inside list
 * operations (`some`, `all`, `map`, …) name item fields, relative to each
 * item, and are left out: they are not answers of their own.
 */
import type { JsonLogicRule } from '../../model/types';

/** Operations whose later arguments are evaluated per list item. */
const ITEM_SCOPED = new Set(['some', 'all', 'none', 'map', 'filter', 'reduce']);

/** Dotted paths of the top-level `var`s of `rule`, without duplicates, in reading order. */
export function ruleVariables(rule: JsonLogicRule): string[] {
  const found = new Set<string>();
  const visit = (node: JsonLogicRule, depth: number): void => {
    if (depth > 100 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item) => visit(item, depth + 1));
      return;
    }
    const keys = Object.keys(node);
    if (keys.length !== 1) return;
    const op = keys[0];
    const args = node[op];
    if (op === 'var') {
      const path = Array.isArray(args) ? args[0] : args;
      if (typeof path === 'string' && path !== '') found.add(path);
      else if (typeof path === 'number') found.add(String(path));
      return;
    }
    if (ITEM_SCOPED.has(op) && Array.isArray(args)) {
      // Only the list itself is read from the answers; the rest runs per item.
      visit(args[0], depth + 1);
      return;
    }
    visit(args, depth + 1);
  };
  visit(rule, 0);
  return [...found];
}
