/**
 * Edits of the service's requirements, as pure commands in the model's style
 * (`(definition, args) → definition`, the same object when nothing changes).
 *
 * ADAPTER: `src/model` has no requirement commands yet; these live here until
 * they move there (same names and shapes), so the card's edits get undo and
 * autosave through the ordinary document store.
 */
import { newId, type IdGenerator } from '../../../model';
import type { JsonLogicRule, Requirement, ServiceDefinition } from '../../../model/types';

export interface AddRequirementArgs {
  name: string;
  message: string;
  /** Default `true`: always satisfied until the rule builder sets a real rule. */
  rule?: JsonLogicRule;
  /** Where to insert (default: at the end). */
  index?: number;
  idGen?: IdGenerator;
  /** Use this id (so the caller can focus the new item); must be unused. */
  id?: string;
}

export function addRequirement(def: ServiceDefinition, args: AddRequirementArgs): ServiceDefinition {
  const id = args.id ?? (args.idGen ?? newId)();
  if (!args.name.trim() || !args.message.trim() || def.requirements.some((r) => r.id === id)) return def;
  const requirement: Requirement = { id, name: args.name, message: args.message, rule: args.rule ?? true };
  const index = Math.max(0, Math.min(args.index ?? def.requirements.length, def.requirements.length));
  const requirements = [...def.requirements];
  requirements.splice(index, 0, requirement);
  return { ...def, requirements };
}

export interface UpdateRequirementArgs {
  id: string;
  changes: Partial<Pick<Requirement, 'name' | 'message' | 'rule'>>;
}

/** Changes name, message or rule. An empty name or message is refused (the format requires both). */
export function updateRequirement(def: ServiceDefinition, { id, changes }: UpdateRequirementArgs): ServiceDefinition {
  const index = def.requirements.findIndex((r) => r.id === id);
  if (index < 0) return def;
  const current = def.requirements[index];
  if (changes.name !== undefined && changes.name.trim() === '') return def;
  if (changes.message !== undefined && changes.message.trim() === '') return def;
  const next: Requirement = {
    ...current,
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.message !== undefined && { message: changes.message }),
    ...(changes.rule !== undefined && { rule: changes.rule }),
  };
  if (next.name === current.name && next.message === current.message && next.rule === current.rule) return def;
  const requirements = [...def.requirements];
  requirements[index] = next;
  return { ...def, requirements };
}

export function removeRequirement(def: ServiceDefinition, { id }: { id: string }): ServiceDefinition {
  if (!def.requirements.some((r) => r.id === id)) return def;
  return { ...def, requirements: def.requirements.filter((r) => r.id !== id) };
}

/** Moves a requirement to `index` (clamped); their order is the order citizens read the messages. */
export function moveRequirement(def: ServiceDefinition, { id, index }: { id: string; index: number }): ServiceDefinition {
  const from = def.requirements.findIndex((r) => r.id === id);
  if (from < 0) return def;
  const to = Math.max(0, Math.min(index, def.requirements.length - 1));
  if (to === from) return def;
  const requirements = [...def.requirements];
  const [moved] = requirements.splice(from, 1);
  requirements.splice(to, 0, moved);
  return { ...def, requirements };
}
