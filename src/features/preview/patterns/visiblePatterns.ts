/**
 * The pattern results the citizen meets on the way: those of nodes in
 * visible steps and not hidden, in document order, with what each asks the
 * preview to show (`receipt`) or to do (`checkout`). The engine computes
 * every pattern, hidden or not; only the visible ones count here (a
 * temporary permit hidden by the answers must not ask for documents).
 */
import { checkoutOf, receiptOf, type PatternCheckout, type PatternReceipt } from '../../../blocks/shared/citizenOutputs';
import type { FlowNode, ServiceDefinition } from '../../../model/types';
import type { FlowState } from '../../../runtime/engine';

export interface VisiblePattern {
  key: string;
  nodeId: string;
  stepId: string;
  receipt?: PatternReceipt;
  checkout?: PatternCheckout;
}

export function visiblePatterns(definition: ServiceDefinition, flow: Pick<FlowState, 'visibleSteps' | 'hiddenNodeIds' | 'computed'>): VisiblePattern[] {
  const out: VisiblePattern[] = [];
  const visit = (nodes: readonly FlowNode[], stepId: string) => {
    for (const node of nodes) {
      if (flow.hiddenNodeIds.has(node.id)) continue;
      const result = Object.prototype.hasOwnProperty.call(flow.computed, node.key) ? flow.computed[node.key] : undefined;
      if (result !== null && typeof result === 'object') {
        const receipt = receiptOf(result);
        const checkout = checkoutOf(result);
        out.push({ key: node.key, nodeId: node.id, stepId, ...(receipt ? { receipt } : {}), ...(checkout ? { checkout } : {}) });
      }
      if (node.children) visit(node.children, stepId);
    }
  };
  const visible = new Set(flow.visibleSteps);
  for (const step of definition.steps) if (visible.has(step.id)) visit(step.nodes, step.id);
  return out;
}

/** Receipts by node key, for the summary's answer list. */
export function receiptsByKey(patterns: readonly VisiblePattern[]): Record<string, PatternReceipt> {
  const out: Record<string, PatternReceipt> = {};
  for (const p of patterns) if (p.receipt) out[p.key] = p.receipt;
  return out;
}
