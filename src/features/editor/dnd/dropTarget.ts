/**
 * Where a drop lands, as pure functions over plain rectangles, so the rules
 * are unit-tested without a browser.
 *
 * The droppables on the canvas are the *lists*: each step's card and each
 * container's children area. Lists nest, so the innermost one under the
 * pointer is the one with the smallest area. Inside it, the position follows
 * the *heads* of its children (their title rows): a drop goes after every
 * head whose middle is above the pointer — over the upper half of a card
 * means "before it", over the lower half "after it".
 *
 * Why cards are not droppables themselves: dnd-kit copies its map of
 * droppables on every registration, so 1,000 cards would cost a million
 * copies when the editor opens. Head positions are read from the DOM instead,
 * only for the one list under the pointer.
 */
import type { FlowNode, ServiceDefinition } from '../../../model/types';
import { getNodeIndex, siblingsOf } from '../../../store/nodeIndex';

/** An insertion position: index in the list of `parentId` (null = the step itself), as currently shown. */
export interface DropTarget {
  stepId: string;
  parentId: string | null;
  index: number;
}

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** What each droppable (a list) carries in its `data`. */
export interface DropData {
  kind: 'list';
  stepId: string;
  parentId: string | null;
}

export const sameTarget = (a: DropTarget | null, b: DropTarget | null): boolean =>
  a === b || (!!a && !!b && a.stepId === b.stepId && a.parentId === b.parentId && a.index === b.index);

/** Whether `nodeId` is `ancestorId` or lies inside it (a container cannot go into itself). */
export function isWithin(definition: ServiceDefinition, nodeId: string | null, ancestorId: string): boolean {
  const index = getNodeIndex(definition);
  for (let id = nodeId; id !== null; id = index.get(id)?.parentId ?? null) {
    if (id === ancestorId) return true;
  }
  return false;
}

/**
 * The target under the pointer, or null (nothing there, or inside the node
 * being dragged). `headRect(id)` gives the measured head of a node.
 */
export function resolveDrop(
  definition: ServiceDefinition,
  over: DropData | null,
  pointerY: number,
  headRect: (nodeId: string) => Rect | null,
  draggedNodeId: string | null,
): DropTarget | null {
  if (!over) return null;
  const children = siblingsOf(definition, over.stepId, over.parentId);
  if (!children) return null;
  if (draggedNodeId && over.parentId !== null && isWithin(definition, over.parentId, draggedNodeId)) return null;
  return { stepId: over.stepId, parentId: over.parentId, index: indexByHeads(children, pointerY, headRect) };
}

/** How many children's heads lie above `y`: the insertion index in a list. */
export function indexByHeads(children: readonly FlowNode[], y: number, headRect: (nodeId: string) => Rect | null): number {
  let index = 0;
  for (const child of children) {
    const r = headRect(child.id);
    if (r && r.top + r.height / 2 < y) index += 1;
    else if (r) break;
  }
  return index;
}

/** The innermost (smallest) rectangle containing the point, among `entries`. */
export function innermost<K>(entries: Iterable<[K, Rect]>, x: number, y: number): K | null {
  let best: K | null = null;
  let bestArea = Infinity;
  for (const [key, r] of entries) {
    if (x < r.left || x > r.left + r.width || y < r.top || y > r.top + r.height) continue;
    const area = r.width * r.height;
    if (area < bestArea) {
      best = key;
      bestArea = area;
    }
  }
  return best;
}

/**
 * The `to` of a move, in the model's terms, from a target counted in the list
 * as shown (which still contains the dragged node). Null when the node would
 * stay where it is.
 */
export function moveDestination(definition: ServiceDefinition, nodeId: string, target: DropTarget): DropTarget | null {
  const from = getNodeIndex(definition).get(nodeId);
  if (!from) return null;
  const sameList = from.stepId === target.stepId && from.parentId === target.parentId;
  if (!sameList) return target;
  if (target.index === from.index || target.index === from.index + 1) return null;
  return target.index > from.index ? { ...target, index: target.index - 1 } : target;
}
