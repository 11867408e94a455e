import { collectKeys, isValidKey } from '../keys';
import type { FlowNode, JsonLogicRule, ServiceDefinition } from '../types';
import { locateNode, updateNodeAt } from './nodePath';

export interface UpdateNodeArgs {
  nodeId: string;
  patch: {
    /** New field key: must be snake_case and not used by another node. */
    key?: string;
    /** New visibility rule; an explicit `undefined` removes it (always visible). */
    visibleIf?: JsonLogicRule;
  };
}

/**
 * Changes a node's own attributes (key, visibility rule); props go through
 * `updateNodeProps`. No-op if the node does not exist, nothing changes, or the
 * key is malformed or already used (keys stay valid and unique).
 */
export function updateNode(def: ServiceDefinition, { nodeId, patch }: UpdateNodeArgs): ServiceDefinition {
  const found = locateNode(def, nodeId);
  if (!found) return def;
  const { node } = found;
  let next: FlowNode = node;
  if (patch.key !== undefined && patch.key !== node.key) {
    if (!isValidKey(patch.key) || collectKeys(def).has(patch.key)) return def;
    next = { ...next, key: patch.key };
  }
  if (Object.prototype.hasOwnProperty.call(patch, 'visibleIf') && patch.visibleIf !== node.visibleIf) {
    if (patch.visibleIf === undefined) {
      const { visibleIf: _removed, ...rest } = next;
      next = rest;
    } else {
      next = { ...next, visibleIf: patch.visibleIf };
    }
  }
  return next === node ? def : updateNodeAt(def, found, () => next);
}
