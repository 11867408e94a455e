import { subtreeNodes, type NodeLocation } from '../tree';
import type { ServiceDefinition } from '../types';
import { clampIndex, insertAt, locateNode, removeAt, resolveList, updateList } from './nodePath';

export interface MoveNodeArgs {
  nodeId: string;
  /** Destination list and the node's final index there (after its removal from where it was). */
  to: NodeLocation;
}

/**
 * Moves a node (with its subtree) within its list, to another container or to
 * another step: the result of one drag. No-op if the node or destination does
 * not exist, the destination is the node itself or inside it, or the node
 * would end up where it already is.
 */
export function moveNode(def: ServiceDefinition, { nodeId, to }: MoveNodeArgs): ServiceDefinition {
  const from = locateNode(def, nodeId);
  if (!from || !resolveList(def, to)) return def;
  if (to.parentId !== null && subtreeNodes(from.node).some((n) => n.id === to.parentId)) return def;

  const removed = updateList(def, from.stepIndex, from.indices.slice(0, -1), (list) =>
    removeAt(list, from.location.index),
  );
  // Resolve again: removing the node may have shifted the destination's indexes.
  const target = resolveList(removed, to);
  const index = target && clampIndex(to.index, target.list.length);
  if (!target || index === undefined) return def;
  const sameList = from.location.stepId === to.stepId && from.location.parentId === to.parentId;
  if (sameList && index === from.location.index) return def;
  return updateList(removed, target.stepIndex, target.containerIndices, (list) => insertAt(list, index, from.node));
}
