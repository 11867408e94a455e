/**
 * Drops the answers that no longer belong to the application: those of
 * fields that were removed (or re-keyed) in the editor, and, when a set of
 * hidden nodes is given, those of hidden fields, so that a stale answer
 * never reaches a rule, the summary or the submission.
 */
import type { FlowNode, ServiceDefinition } from '../../model/types';
import type { FlowAnswers } from './types';

/** Marks a key to delete in `change`. */
const DROP = Symbol('drop');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The answers kept for `nodes` out of `value` (an answers object). Returns
 * `value` itself when nothing is dropped, so callers can compare by identity.
 */
function pruneLevel(nodes: readonly FlowNode[], value: Record<string, unknown>, hidden: ReadonlySet<string>): Record<string, unknown> {
  const byKey = new Map<string, FlowNode>();
  for (const node of nodes) if (!byKey.has(node.key)) byKey.set(node.key, node);
  let out: Record<string, unknown> | null = null;
  const change = (key: string, next: unknown | typeof DROP) => {
    out ??= { ...value };
    if (next === DROP) delete out[key];
    else out[key] = next;
  };
  for (const key of Object.keys(value)) {
    const node = byKey.get(key);
    if (!node || hidden.has(node.id)) {
      change(key, DROP);
      continue;
    }
    if (!node.children) continue; // a field (composite ones keep their own object)
    const answer = value[key];
    if (isPlainObject(answer)) {
      const pruned = pruneLevel(node.children, answer, hidden);
      if (pruned !== answer) change(key, pruned);
    } else if (Array.isArray(answer)) {
      let changed = false;
      const items = answer.map((item) => {
        if (!isPlainObject(item)) return item;
        const pruned = pruneLevel(node.children!, item, hidden);
        if (pruned !== item) changed = true;
        return pruned;
      });
      if (changed) change(key, items);
    } else if (answer !== undefined) {
      // A container holds an object or a list; anything else is left over from another type.
      change(key, DROP);
    }
  }
  return out ?? value;
}

/**
 * `answers` without the answers of fields that do not exist in `def` and,
 * if `hiddenNodeIds` is given, of hidden fields. The same object when
 * nothing is dropped.
 */
export function pruneAnswers(
  def: ServiceDefinition,
  answers: FlowAnswers,
  hiddenNodeIds: ReadonlySet<string> = new Set(),
): FlowAnswers {
  const topLevel = def.steps.flatMap((step) => step.nodes);
  return pruneLevel(topLevel, answers, hiddenNodeIds);
}
