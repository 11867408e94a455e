import { subtreeNodes } from '../tree';
import type { ServiceDefinition } from '../types';
import { locateNode, removeAt, updateList } from './nodePath';
import { dropTranslations } from './translations';

export interface RemoveNodeArgs {
  nodeId: string;
}

/**
 * Removes a node and its subtree, with their translations. Rules elsewhere
 * that referred to its key are left alone: the rule lint reports them.
 * No-op if the node does not exist.
 */
export function removeNode(def: ServiceDefinition, { nodeId }: RemoveNodeArgs): ServiceDefinition {
  const found = locateNode(def, nodeId);
  if (!found) return def;
  const next = updateList(def, found.stepIndex, found.indices.slice(0, -1), (list) => removeAt(list, found.location.index));
  const ids = new Set(subtreeNodes(found.node).map((n) => n.id));
  const translations = dropTranslations(next.translations, ids);
  return translations === next.translations ? next : { ...next, translations };
}
