import type { ServiceDefinition } from '../types';
import { locateNode, updateNodeAt } from './nodePath';

export interface UpdateNodePropsArgs {
  nodeId: string;
  /** Props to set (shallow merge); a prop set to `undefined` is removed. */
  props: Record<string, unknown>;
}

/**
 * Changes some props of a node (one inspector edit). No-op if the node does
 * not exist or every given prop already has that value.
 */
export function updateNodeProps(def: ServiceDefinition, { nodeId, props }: UpdateNodePropsArgs): ServiceDefinition {
  const found = locateNode(def, nodeId);
  if (!found) return def;
  const next: Record<string, unknown> = { ...found.node.props };
  let changed = false;
  for (const [name, value] of Object.entries(props)) {
    // Assigning "__proto__" would replace the object's prototype, not add a prop.
    if (name === '__proto__') continue;
    if (value === undefined) {
      if (Object.prototype.hasOwnProperty.call(next, name)) {
        delete next[name];
        changed = true;
      }
    } else if (!Object.is(next[name], value)) {
      next[name] = value;
      changed = true;
    }
  }
  if (!changed) return def;
  return updateNodeAt(def, found, (node) => ({ ...node, props: next }));
}
