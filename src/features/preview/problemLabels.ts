/** Where a rule problem lives, in words an official recognises ("campo «IBAN»", "passo «Nucleo»"). */
import { findNode } from '../../model/tree';
import type { ServiceDefinition } from '../../model/types';
import type { RuleProblem } from '../../runtime/engine';

export function problemPlace(def: ServiceDefinition, problem: RuleProblem): string {
  const [kind, id] = [problem.where.slice(0, problem.where.indexOf(':')), problem.where.slice(problem.where.indexOf(':') + 1)];
  if (kind === 'node') {
    const label = findNode(def, id)?.node.props.label;
    return typeof label === 'string' && label ? `«${label}»` : id;
  }
  if (kind === 'step') return `«${def.steps.find((s) => s.id === id)?.title ?? id}»`;
  if (kind === 'requirement') return `«${def.requirements.find((r) => r.id === id)?.name ?? id}»`;
  return id;
}
