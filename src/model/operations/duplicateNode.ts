import { newId, type IdGenerator } from '../ids';
import { collectKeys } from '../keys';
import { collectNodeIds } from '../tree';
import type { ServiceDefinition } from '../types';
import { copyNodes, freshIds } from './copyNodes';
import { insertAt, locateNode, updateList } from './nodePath';
import { copyTranslations } from './translations';

export interface DuplicateNodeArgs {
  nodeId: string;
  /** Source of the copies' ids (random UUIDs by default; injected in tests). */
  idGen?: IdGenerator;
}

/**
 * Inserts a deep copy of a node right after it: fresh ids for the copy and
 * all its descendants, fresh unique keys ("nome" → "nome_2"), translations
 * copied, and rules inside the copy that referred to copied fields pointing
 * at the copies. No-op if the node does not exist or ids keep colliding.
 */
export function duplicateNode(def: ServiceDefinition, { nodeId, idGen = newId }: DuplicateNodeArgs): ServiceDefinition {
  const found = locateNode(def, nodeId);
  if (!found) return def;
  const copied = copyNodes([found.node], freshIds(idGen, collectNodeIds(def)), collectKeys(def));
  if (!copied) return def;
  const next = updateList(def, found.stepIndex, found.indices.slice(0, -1), (list) =>
    insertAt(list, found.location.index + 1, copied.nodes[0]),
  );
  const translations = copyTranslations(next.translations, copied.idMap);
  return translations === next.translations ? next : { ...next, translations };
}
