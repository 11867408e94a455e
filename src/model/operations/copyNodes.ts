/**
 * Internal: deep copies of nodes with fresh ids and fresh keys, shared by
 * duplicateNode (one subtree) and duplicateService (every node).
 */
import type { IdGenerator } from '../ids';
import { uniqueKey } from '../keys';
import type { FlowNode } from '../types';
import { renameRuleVars } from './renameRuleVars';

/** A plain-JSON deep copy (definitions are JSON data, so nothing is lost). */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}

/**
 * An id generator that never returns an id in `used` (nor one it returned
 * before), retrying a few times; undefined once it keeps colliding, which
 * callers treat as an invalid request rather than loop forever.
 */
export function freshIds(idGen: IdGenerator, used: Set<string>): () => string | undefined {
  return () => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const id = idGen();
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
    return undefined;
  };
}

export interface CopiedNodes {
  nodes: FlowNode[];
  /** Old node id → new node id. */
  idMap: Map<string, string>;
  /** Old key → new key (only the keys that changed). */
  keyMap: Map<string, string>;
}

/**
 * Deep copies of `nodes` with fresh ids from `nextId`; keys are made unique
 * against `takenKeys` (which is updated) when `renameKeys`, else kept. Rules
 * inside the copies that refer to the copied fields follow their new keys.
 * Undefined if ids ran out.
 */
export function copyNodes(
  nodes: readonly FlowNode[],
  nextId: () => string | undefined,
  takenKeys: Set<string> | undefined,
): CopiedNodes | undefined {
  const idMap = new Map<string, string>();
  const keyMap = new Map<string, string>();
  let failed = false;
  const copyOne = (node: FlowNode): FlowNode => {
    const id = nextId();
    if (id === undefined) failed = true;
    idMap.set(node.id, id ?? node.id);
    let key = node.key;
    if (takenKeys) {
      key = uniqueKey(node.key, takenKeys);
      takenKeys.add(key);
      if (key !== node.key) keyMap.set(node.key, key);
    }
    // Children are copied one by one below, not cloned here with the rest.
    const { children, ...rest } = node;
    const copy: FlowNode = { ...cloneJson(rest), id: id ?? node.id, key };
    if (children) copy.children = children.map(copyOne);
    return copy;
  };
  const copied = nodes.map(copyOne);
  if (failed) return undefined;
  if (keyMap.size > 0) {
    const fixRules = (node: FlowNode): FlowNode => {
      const visibleIf = node.visibleIf === undefined ? undefined : renameRuleVars(node.visibleIf, keyMap);
      const children = node.children?.map(fixRules);
      return {
        ...node,
        ...(visibleIf === undefined ? {} : { visibleIf }),
        ...(children === undefined ? {} : { children }),
      };
    };
    return { nodes: copied.map(fixRules), idMap, keyMap };
  }
  return { nodes: copied, idMap, keyMap };
}
