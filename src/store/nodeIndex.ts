/**
 * A lookup of every node by id, built once per `steps` array and cached.
 *
 * Why: per-node selector hooks (`useNode(id)`) run on every store change; a
 * tree walk in each of 1,000 mounted fields would be a million visits per key
 * press. Pure ops share structure, so an edit yields a new `steps` array (one
 * rebuild, O(n)) while every selector then answers in O(1).
 */
import type { FlowNode, ServiceDefinition, Step } from '../model/types';

/** Where a node lives. `parentId` is null for a node directly in its step. */
export interface NodeLocation {
  readonly node: FlowNode;
  readonly stepId: string;
  readonly parentId: string | null;
  readonly index: number;
}

export type NodeIndex = ReadonlyMap<string, NodeLocation>;

const cache = new WeakMap<readonly Step[], NodeIndex>();

/** The node index of a definition (cached by its `steps` array identity). */
export function getNodeIndex(definition: Pick<ServiceDefinition, 'steps'>): NodeIndex {
  const cached = cache.get(definition.steps);
  if (cached) return cached;
  const index = new Map<string, NodeLocation>();
  const visit = (nodes: readonly FlowNode[], stepId: string, parentId: string | null) => {
    nodes.forEach((node, i) => {
      index.set(node.id, { node, stepId, parentId, index: i });
      if (node.children) visit(node.children, stepId, node.id);
    });
  };
  for (const step of definition.steps) visit(step.nodes, step.id, null);
  cache.set(definition.steps, index);
  return index;
}

/** The node with `id`, or undefined; O(1) after the first call per edit. */
export function lookupNode(definition: Pick<ServiceDefinition, 'steps'>, id: string): FlowNode | undefined {
  return getNodeIndex(definition).get(id)?.node;
}

/** The children list that holds nodes of `parentId` (or the step's own list). */
export function siblingsOf(
  definition: Pick<ServiceDefinition, 'steps'>,
  stepId: string,
  parentId: string | null,
): readonly FlowNode[] | undefined {
  if (parentId !== null) {
    const parent = getNodeIndex(definition).get(parentId);
    return parent && parent.stepId === stepId ? (parent.node.children ?? []) : undefined;
  }
  return definition.steps.find((s) => s.id === stepId)?.nodes;
}
