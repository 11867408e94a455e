/**
 * Where the selection goes when the document changes under it (undo, redo,
 * delete, a remote edit): keep it if the thing still exists, otherwise move to
 * the nearest neighbour so keyboard users are not dropped back to the top.
 */
import type { ServiceDefinition } from '../model/types';
import { getNodeIndex, siblingsOf } from './nodeIndex';

type Doc = Pick<ServiceDefinition, 'steps'>;

/**
 * The node to select in `definition` given the previous selection.
 *
 * - `selectedId` still exists → it is kept.
 * - Otherwise, with `previous` (the definition the selection was made in),
 *   the node's old place is looked up and the selection moves to the node now
 *   at that index in the same parent, else the sibling before it, else the
 *   parent container. If none exist, or without `previous`, it is cleared.
 */
export function reconcileSelection(definition: Doc, selectedId: string | null, previous?: Doc): string | null {
  if (selectedId === null) return null;
  const index = getNodeIndex(definition);
  if (index.has(selectedId)) return selectedId;
  const was = previous ? getNodeIndex(previous).get(selectedId) : undefined;
  if (!was) return null;
  // The parent may itself be gone (a whole section removed): climb until found.
  let parentId = was.parentId;
  let at = was.index;
  let stepId = was.stepId;
  for (;;) {
    const siblings = parentId === null || index.has(parentId) ? siblingsOf(definition, stepId, parentId) : undefined;
    if (siblings && siblings.length > 0) return siblings[Math.min(at, siblings.length - 1)].id;
    if (siblings && parentId !== null) return parentId;
    if (parentId === null) return null;
    const parentWas = getNodeIndex(previous!).get(parentId);
    if (!parentWas) return null;
    parentId = parentWas.parentId;
    at = parentWas.index;
    stepId = parentWas.stepId;
  }
}

/**
 * The step to select: kept if it exists; else the step now at its old index
 * (or the last one); null only for an empty list, which the schema forbids.
 */
export function reconcileStepSelection(definition: Doc, selectedStepId: string | null, previous?: Doc): string | null {
  const steps = definition.steps;
  if (selectedStepId === null) return null;
  if (steps.some((s) => s.id === selectedStepId)) return selectedStepId;
  if (steps.length === 0) return null;
  const oldIndex = previous?.steps.findIndex((s) => s.id === selectedStepId) ?? -1;
  return steps[Math.min(Math.max(oldIndex, 0), steps.length - 1)].id;
}
