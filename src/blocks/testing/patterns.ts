/**
 * Test helpers of the pattern blocks: a compute() context with the real rules
 * engine and a fixed clock, and a one-step service holding a node, compiled
 * as the citizen preview compiles it.
 */
import { compile } from '../../compile/compile';
import type { CompiledFlow } from '../../compile/types';
import { createBlankService } from '../../model/factory';
import type { FlowNode } from '../../model/types';
import { evaluateRule } from '../../rules/evaluate';
import type { ComputeContext } from '../types';

/** A compute context at `now` (an ISO instant) evaluating rules with `src/rules`. */
export function computeContext(now: string, extra: Partial<ComputeContext> = {}): ComputeContext {
  const at = new Date(now);
  return {
    now: at,
    evaluate: (rule, data) => {
      const result = evaluateRule(rule, data, { now: at });
      return result.ok ? result.value : null;
    },
    ...extra,
  };
}

/** The compiled flow of a service whose only step holds `nodes`. */
export function flowOf(...nodes: FlowNode[]): CompiledFlow {
  const def = createBlankService('Servizio di prova', new Date('2026-01-15T09:00:00Z'), () => 'id');
  def.steps[0].nodes = nodes;
  return compile(def);
}
