import { findStep } from '../tree';
import type { ServiceDefinition } from '../types';
import { clampIndex, insertAt, removeAt } from './nodePath';

export interface MoveStepArgs {
  stepId: string;
  /** Final index of the step (clamped). */
  toIndex: number;
}

/** Reorders the steps. No-op if the step does not exist or stays where it is. */
export function moveStep(def: ServiceDefinition, { stepId, toIndex }: MoveStepArgs): ServiceDefinition {
  const found = findStep(def, stepId);
  const rest = found && removeAt(def.steps, found.index);
  const index = rest && clampIndex(toIndex, rest.length);
  if (!found || !rest || index === undefined || index === found.index) return def;
  return { ...def, steps: insertAt(rest, index, found.step) };
}
