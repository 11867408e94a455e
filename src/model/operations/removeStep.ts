import { findStep, subtreeNodes } from '../tree';
import type { ServiceDefinition } from '../types';
import { removeAt } from './nodePath';
import { dropTranslations } from './translations';

export interface RemoveStepArgs {
  stepId: string;
}

/**
 * Removes a step with all its nodes and their translations. No-op if the
 * step does not exist or is the only one (a service has at least one step).
 */
export function removeStep(def: ServiceDefinition, { stepId }: RemoveStepArgs): ServiceDefinition {
  const found = findStep(def, stepId);
  if (!found || def.steps.length <= 1) return def;
  const ids = new Set([stepId, ...found.step.nodes.flatMap(subtreeNodes).map((n) => n.id)]);
  return { ...def, steps: removeAt(def.steps, found.index), translations: dropTranslations(def.translations, ids) };
}
