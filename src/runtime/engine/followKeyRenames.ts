/**
 * Answers follow their field when the official renames its key (the key
 * follows the label while the label is being typed): the answer keyed by
 * the old key moves to the new one. Fields are matched by node id, level by
 * level (inside sections and the items of repeatable groups too).
 */
import type { FlowNode, ServiceDefinition } from '../../model/types';
import type { FlowAnswers } from './types';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function renameLevel(before: readonly FlowNode[], after: readonly FlowNode[], value: Record<string, unknown>): Record<string, unknown> {
  const beforeByKey = new Map(before.map((n) => [n.key, n]));
  const afterById = new Map(after.map((n) => [n.id, n]));
  const moved = new Map<string, unknown>();
  const kept: Array<[string, unknown]> = [];
  let changed = false;
  for (const key of Object.keys(value)) {
    const old = beforeByKey.get(key);
    const now = old && afterById.get(old.id);
    if (!old || !now) {
      // Not a field of this level (or gone): left for pruneAnswers to judge.
      kept.push([key, value[key]]);
      continue;
    }
    let answer = value[key];
    if (old.children && now.children) {
      if (isPlainObject(answer)) answer = renameLevel(old.children, now.children, answer);
      else if (Array.isArray(answer)) {
        const items = answer.map((item) => (isPlainObject(item) ? renameLevel(old.children!, now.children!, item) : item));
        if (items.some((item, i) => item !== (answer as unknown[])[i])) answer = items;
      }
    }
    if (now.key !== key || answer !== value[key]) changed = true;
    moved.set(now.key, answer);
  }
  if (!changed) return value;
  const out: Record<string, unknown> = {};
  // A renamed field owns its new key: a leftover answer under that key gives way.
  for (const [key, answer] of kept) if (!moved.has(key)) out[key] = answer;
  for (const [key, answer] of moved) out[key] = answer;
  return out;
}

/** `answers` with keys renamed from `previous` to `next`; the same object when no key changed. */
export function followKeyRenames(previous: ServiceDefinition, next: ServiceDefinition, answers: FlowAnswers): FlowAnswers {
  if (previous === next) return answers;
  return renameLevel(
    previous.steps.flatMap((s) => s.nodes),
    next.steps.flatMap((s) => s.nodes),
    answers,
  );
}
