import { collectKeys, uniqueKey } from '../keys';
import { collectNodeIds, subtreeNodes, type NodeLocation } from '../tree';
import type { FlowNode, ServiceDefinition } from '../types';
import { clampIndex, insertAt, resolveList, updateList } from './nodePath';

export interface InsertNodeArgs {
  /** The new node (with its children, if a container). Stored as given, not copied. */
  node: FlowNode;
  /** Destination list and final index (clamped to the list). */
  to: NodeLocation;
}

/** `node` with every key in its subtree made unique against `taken` (updated as it goes). */
function withUniqueKeys(node: FlowNode, taken: Set<string>): FlowNode {
  const key = uniqueKey(node.key, taken);
  taken.add(key);
  const children = node.children?.map((child) => withUniqueKeys(child, taken));
  const sameChildren = children === undefined || children.every((c, i) => c === node.children?.[i]);
  if (key === node.key && sameChildren) return node;
  return { ...node, key, ...(children ? { children } : {}) };
}

/**
 * Inserts a new node (palette drop, paste). A key already used in the service
 * gets a numbered suffix, so the result keeps keys unique. No-op (returns
 * `def`) if the destination does not exist, the index is not a number, or an
 * id of the new subtree is already used.
 */
export function insertNode(def: ServiceDefinition, { node, to }: InsertNodeArgs): ServiceDefinition {
  const target = resolveList(def, to);
  const index = target && clampIndex(to.index, target.list.length);
  if (!target || index === undefined) return def;
  const ids = collectNodeIds(def);
  for (const n of subtreeNodes(node)) {
    if (ids.has(n.id)) return def;
    ids.add(n.id);
  }
  const fresh = withUniqueKeys(node, collectKeys(def));
  return updateList(def, target.stepIndex, target.containerIndices, (list) => insertAt(list, index, fresh));
}
