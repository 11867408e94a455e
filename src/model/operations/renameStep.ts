import { findStep } from '../tree';
import type { ServiceDefinition } from '../types';

export interface RenameStepArgs {
  stepId: string;
  title: string;
}

/**
 * Changes a step's title. An empty title is accepted (the user may be
 * retyping it) and reported by `validate()`. No-op if the step does not
 * exist or the title is unchanged.
 */
export function renameStep(def: ServiceDefinition, { stepId, title }: RenameStepArgs): ServiceDefinition {
  const found = findStep(def, stepId);
  if (!found || found.step.title === title) return def;
  const steps = def.steps.slice();
  steps[found.index] = { ...found.step, title };
  return { ...def, steps };
}
