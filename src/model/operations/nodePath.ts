/**
 * Internal helpers of the edit operations: addressing a node by indexes and
 * rebuilding only the path from the root to a changed list, so that every
 * untouched step and node keeps its identity (structural sharing: cheap undo
 * snapshots, and React re-renders only what changed).
 */
import { findStep, isContainer, type NodeLocation } from '../tree';
import type { FlowNode, ServiceDefinition } from '../types';

/** A node's address: its step's index, then its index in each list from the top level down. */
export interface NodePath {
  stepIndex: number;
  indices: number[];
}

/** A located node: the node, its index path and its location. */
export interface LocatedNode extends NodePath {
  node: FlowNode;
  location: NodeLocation;
}

/** Finds `nodeId` anywhere in the service. */
export function locateNode(def: ServiceDefinition, nodeId: string): LocatedNode | undefined {
  const search = (
    nodes: readonly FlowNode[],
    stepIndex: number,
    parentId: string | null,
    prefix: number[],
  ): LocatedNode | undefined => {
    for (let index = 0; index < nodes.length; index += 1) {
      const node = nodes[index];
      const indices = [...prefix, index];
      if (node.id === nodeId) {
        return { node, stepIndex, indices, location: { stepId: def.steps[stepIndex].id, parentId, index } };
      }
      const found = node.children && search(node.children, stepIndex, node.id, indices);
      if (found) return found;
    }
    return undefined;
  };
  for (let stepIndex = 0; stepIndex < def.steps.length; stepIndex += 1) {
    const found = search(def.steps[stepIndex].nodes, stepIndex, null, []);
    if (found) return found;
  }
  return undefined;
}

/** A list that can receive nodes: a step's top level or a container's children. */
export interface ResolvedList {
  stepIndex: number;
  /** Index path of the container ([] for the step's top level). */
  containerIndices: number[];
  list: readonly FlowNode[];
}

/** Resolves the list a location points into, or undefined if it does not exist in that step. */
export function resolveList(def: ServiceDefinition, at: Pick<NodeLocation, 'stepId' | 'parentId'>): ResolvedList | undefined {
  const step = findStep(def, at.stepId);
  if (!step) return undefined;
  if (at.parentId === null) return { stepIndex: step.index, containerIndices: [], list: step.step.nodes };
  const parent = locateNode(def, at.parentId);
  if (!parent || parent.stepIndex !== step.index || !isContainer(parent.node)) return undefined;
  return { stepIndex: step.index, containerIndices: parent.indices, list: parent.node.children };
}

function updateIn(list: FlowNode[], indices: readonly number[], update: (list: FlowNode[]) => FlowNode[]): FlowNode[] {
  if (indices.length === 0) return update(list);
  const [index, ...rest] = indices;
  const node = list[index];
  const children = updateIn(node.children ?? [], rest, update);
  if (children === node.children) return list;
  const copy = list.slice();
  copy[index] = { ...node, children };
  return copy;
}

/**
 * Replaces the list at `containerIndices` of step `stepIndex` with
 * `update(list)`, copying only the nodes on the way. Returns `def` itself
 * when `update` returns its argument.
 */
export function updateList(
  def: ServiceDefinition,
  stepIndex: number,
  containerIndices: readonly number[],
  update: (list: FlowNode[]) => FlowNode[],
): ServiceDefinition {
  const step = def.steps[stepIndex];
  const nodes = updateIn(step.nodes, containerIndices, update);
  if (nodes === step.nodes) return def;
  const steps = def.steps.slice();
  steps[stepIndex] = { ...step, nodes };
  return { ...def, steps };
}

/** Replaces the node at `path` with `update(node)`; `def` itself if it returns its argument. */
export function updateNodeAt(def: ServiceDefinition, path: NodePath, update: (node: FlowNode) => FlowNode): ServiceDefinition {
  const last = path.indices[path.indices.length - 1];
  return updateList(def, path.stepIndex, path.indices.slice(0, -1), (list) => {
    const next = update(list[last]);
    if (next === list[last]) return list;
    const copy = list.slice();
    copy[last] = next;
    return copy;
  });
}

/**
 * The index at which to insert into a list of `length` items: clamped to
 * [0, length]; undefined (an invalid request) for NaN or non-numbers.
 */
export function clampIndex(index: number, length: number): number | undefined {
  if (typeof index !== 'number' || Number.isNaN(index)) return undefined;
  return Math.min(Math.max(0, Math.trunc(index)), length);
}

/** `list` with `item` inserted at `index`. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/** `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}
