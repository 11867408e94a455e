/**
 * Reading the node tree of a service: where a node is, and a walk over all
 * nodes in document order.
 *
 * A container is a node with a `children` array (sections, repeatable
 * groups). The model does not consult the block registry: the registry's
 * container types create their nodes with `children: []`, and that array is
 * what makes a node accept children here.
 */
import type { FlowNode, ServiceDefinition, Step } from './types';

/**
 * Where a node sits: in which step, in which list (`parentId` null = the
 * step's top level, otherwise the `children` of that container node), at
 * which index. Also the target of insert and move operations.
 */
export interface NodeLocation {
  stepId: string;
  parentId: string | null;
  index: number;
}

/** A container node: one whose `children` can hold nodes. */
export type ContainerNode = FlowNode & { children: FlowNode[] };

/** Whether `node` can hold children. */
export function isContainer(node: FlowNode): node is ContainerNode {
  return Array.isArray(node.children);
}

/**
 * Called for every node in document order (a node before its children).
 * `depth` is 0 for a step's top level. Return `false` to stop the walk.
 */
export type NodeVisitor = (node: FlowNode, location: NodeLocation, depth: number) => void | boolean;

function walkList(nodes: readonly FlowNode[], stepId: string, parentId: string | null, depth: number, visit: NodeVisitor): boolean {
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index];
    if (visit(node, { stepId, parentId, index }, depth) === false) return false;
    if (node.children && !walkList(node.children, stepId, node.id, depth + 1, visit)) return false;
  }
  return true;
}

/** Visits every node of every step, in document order (pre-order). */
export function walkNodes(def: ServiceDefinition, visit: NodeVisitor): void {
  for (const step of def.steps) {
    if (!walkList(step.nodes, step.id, null, 0, visit)) return;
  }
}

/** The node with `nodeId` and its location, or undefined. */
export function findNode(def: ServiceDefinition, nodeId: string): { node: FlowNode; location: NodeLocation } | undefined {
  let found: { node: FlowNode; location: NodeLocation } | undefined;
  walkNodes(def, (node, location) => {
    if (node.id !== nodeId) return true;
    found = { node, location };
    return false;
  });
  return found;
}

/** The step with `stepId` and its index, or undefined. */
export function findStep(def: ServiceDefinition, stepId: string): { step: Step; index: number } | undefined {
  const index = def.steps.findIndex((step) => step.id === stepId);
  return index < 0 ? undefined : { step: def.steps[index], index };
}

/**
 * The list of nodes a location points into (a step's top level or a
 * container's children), or undefined if the step or container does not
 * exist, or the parent is not a container of that step.
 */
export function nodeListAt(def: ServiceDefinition, at: Pick<NodeLocation, 'stepId' | 'parentId'>): readonly FlowNode[] | undefined {
  const step = findStep(def, at.stepId)?.step;
  if (!step) return undefined;
  if (at.parentId === null) return step.nodes;
  const parent = findNode(def, at.parentId);
  if (!parent || parent.location.stepId !== at.stepId || !isContainer(parent.node)) return undefined;
  return parent.node.children;
}

/** Every node of `node`'s subtree, itself first. */
export function subtreeNodes(node: FlowNode): FlowNode[] {
  const out: FlowNode[] = [];
  const collect = (n: FlowNode) => {
    out.push(n);
    n.children?.forEach(collect);
  };
  collect(node);
  return out;
}

/** Ids of every node in the service. */
export function collectNodeIds(def: ServiceDefinition): Set<string> {
  const ids = new Set<string>();
  walkNodes(def, (node) => {
    ids.add(node.id);
  });
  return ids;
}

/** How many nodes the service has, at every depth. */
export function countNodes(def: ServiceDefinition): number {
  let count = 0;
  walkNodes(def, () => {
    count += 1;
  });
  return count;
}

/**
 * The deepest node that a JSON Pointer points at or into, e.g. the node of
 * an issue at `/steps/0/nodes/2/children/1/key`: lets the editor select
 * the element a validation message is about.
 */
export function nodeAtPointer(
  def: ServiceDefinition,
  pointer: string,
): { node: FlowNode; location: NodeLocation } | undefined {
  const match = /^\/steps\/(\d+)\/nodes\/(\d+)((?:\/children\/\d+)*)/.exec(pointer);
  const step = match ? def.steps[Number(match[1])] : undefined;
  if (!match || !step) return undefined;
  const indexes = [Number(match[2]), ...[...match[3].matchAll(/\d+/g)].map((m) => Number(m[0]))];
  let list: readonly FlowNode[] | undefined = step.nodes;
  let parentId: string | null = null;
  let found: { node: FlowNode; location: NodeLocation } | undefined;
  for (const index of indexes) {
    const node: FlowNode | undefined = list?.[index];
    if (!node) break;
    found = { node, location: { stepId: step.id, parentId, index } };
    parentId = node.id;
    list = node.children;
  }
  return found;
}
