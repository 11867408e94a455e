/**
 * A field's key follows its label while it is still the key the label would
 * give ("Codice fiscale" → `codice_fiscale`, or `codice_fiscale_2` when
 * taken). Once the official has typed a key of their own, it stays.
 */
import { keyFromLabel } from '../../../model/keys';
import type { FlowNode } from '../../../model/types';

const NONE: ReadonlySet<string> = new Set();

/** Whether `key` is what `label` would produce (with or without a `_n` counter). */
export function isDerivedKey(key: string, label: string): boolean {
  const base = keyFromLabel(label, NONE);
  return key === base || (key.startsWith(`${base}_`) && /^\d+$/.test(key.slice(base.length + 1)));
}

/**
 * The key a node whose key follows its label gets when the label becomes
 * `nextLabel`; null when it stays (empty label, or the same key). `taken`
 * holds every key of the service (the node's own included).
 */
export function keyForLabel(node: FlowNode, nextLabel: string, taken: ReadonlySet<string>): string | null {
  if (nextLabel.trim() === '') return null;
  const others = new Set(taken);
  others.delete(node.key);
  const next = keyFromLabel(nextLabel, others);
  return next === node.key ? null : next;
}
