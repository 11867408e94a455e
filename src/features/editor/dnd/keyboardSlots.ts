/**
 * Keyboard dragging moves through insertion positions, not pixels: every
 * place a block can go, in reading order, top to bottom, nested lists
 * included. Arrow Down goes to the next one, Arrow Up to the previous one.
 */
import type { FlowNode, ServiceDefinition } from '../../../model/types';
import { getNodeIndex } from '../../../store/nodeIndex';
import type { DropTarget } from './dropTarget';

/**
 * Every insertion position in reading order. Positions inside the dragged
 * node are left out, and so is the one just after it (same as just before).
 */
export function insertionSlots(definition: ServiceDefinition, draggedNodeId: string | null): DropTarget[] {
  const slots: DropTarget[] = [];
  const visit = (nodes: readonly FlowNode[], stepId: string, parentId: string | null) => {
    nodes.forEach((node, i) => {
      const afterDragged = i > 0 && nodes[i - 1].id === draggedNodeId;
      if (!afterDragged) slots.push({ stepId, parentId, index: i });
      if (Array.isArray(node.children) && node.id !== draggedNodeId) visit(node.children, stepId, node.id);
    });
    const lastIsDragged = nodes.length > 0 && nodes[nodes.length - 1].id === draggedNodeId;
    if (!lastIsDragged) slots.push({ stepId, parentId, index: nodes.length });
  };
  for (const step of definition.steps) visit(step.nodes, step.id, null);
  return slots;
}

/** The current place of a node, as an insertion position (just before itself). */
export function slotOfNode(definition: ServiceDefinition, nodeId: string): DropTarget | null {
  const at = getNodeIndex(definition).get(nodeId);
  return at ? { stepId: at.stepId, parentId: at.parentId, index: at.index } : null;
}

/**
 * Where a new block goes when no place is given: just after the selected
 * node, else at the end of the selected step, else at the end of the first step.
 */
export function insertionPointAfterSelection(
  definition: ServiceDefinition,
  selectedNodeId: string | null,
  selectedStepId: string | null,
): DropTarget {
  const at = selectedNodeId ? getNodeIndex(definition).get(selectedNodeId) : undefined;
  if (at) return { stepId: at.stepId, parentId: at.parentId, index: at.index + 1 };
  const step = definition.steps.find((s) => s.id === selectedStepId) ?? definition.steps[0];
  return { stepId: step.id, parentId: null, index: step.nodes.length };
}

/** The slot `delta` positions away from `current` (clamped at the ends). */
export function stepSlot(slots: readonly DropTarget[], current: DropTarget, delta: number): DropTarget {
  const i = slots.findIndex((s) => s.stepId === current.stepId && s.parentId === current.parentId && s.index === current.index);
  if (i < 0) return slots[0] ?? current;
  return slots[Math.max(0, Math.min(slots.length - 1, i + delta))];
}
