/**
 * Edits of the service's requirements (who may apply: "Residenza nel
 * Comune", "ISEE fino a 15.000 €"). Their order is the order in which
 * citizens read the messages of the requirements they do not meet.
 */
import { newId, type IdGenerator } from '../ids';
import type { JsonLogicRule, Requirement, ServiceDefinition } from '../types';
import { isValidId } from './isValidId';
import { clampIndex, insertAt, removeAt } from './nodePath';

export interface AddRequirementArgs {
  name: string;
  message: string;
  /** Default `true`: always satisfied until the rule builder sets a real rule. */
  rule?: JsonLogicRule;
  /** Where to insert (clamped; default: at the end). */
  index?: number;
  idGen?: IdGenerator;
  /** Use this id (so the caller can focus the new item); must be well-formed and unused. */
  id?: string;
}

// The format's limits (schema.ts): a name of 1–200 characters, a message of 1–1000.
const validName = (name: string) => name.trim() !== '' && name.length <= 200;
const validMessage = (message: string) => message.trim() !== '' && message.length <= 1000;

/** Adds a requirement. No-op for an empty or too long name or message, a malformed or taken id, or a non-numeric index. */
export function addRequirement(def: ServiceDefinition, args: AddRequirementArgs): ServiceDefinition {
  const id = args.id ?? (args.idGen ?? newId)();
  if (!validName(args.name) || !validMessage(args.message) || !isValidId(id) || def.requirements.some((r) => r.id === id)) {
    return def;
  }
  const at = clampIndex(args.index ?? def.requirements.length, def.requirements.length);
  if (at === undefined) return def;
  const requirement: Requirement = { id, name: args.name, message: args.message, rule: args.rule ?? true };
  return { ...def, requirements: insertAt(def.requirements, at, requirement) };
}

export interface UpdateRequirementArgs {
  id: string;
  changes: Partial<Pick<Requirement, 'name' | 'message' | 'rule'>>;
}

/** Changes name, message or rule. An empty or too long name or message is refused (the format forbids it). */
export function updateRequirement(def: ServiceDefinition, { id, changes }: UpdateRequirementArgs): ServiceDefinition {
  const index = def.requirements.findIndex((r) => r.id === id);
  if (index < 0) return def;
  const current = def.requirements[index];
  if (changes.name !== undefined && !validName(changes.name)) return def;
  if (changes.message !== undefined && !validMessage(changes.message)) return def;
  const next: Requirement = {
    ...current,
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.message !== undefined && { message: changes.message }),
    ...(changes.rule !== undefined && { rule: changes.rule }),
  };
  if (next.name === current.name && next.message === current.message && next.rule === current.rule) return def;
  return { ...def, requirements: def.requirements.map((r, i) => (i === index ? next : r)) };
}

export interface RemoveRequirementArgs {
  id: string;
}

/** Removes a requirement. No-op for an unknown id. */
export function removeRequirement(def: ServiceDefinition, { id }: RemoveRequirementArgs): ServiceDefinition {
  if (!def.requirements.some((r) => r.id === id)) return def;
  return { ...def, requirements: def.requirements.filter((r) => r.id !== id) };
}

export interface MoveRequirementArgs {
  id: string;
  /** New position (clamped). */
  index: number;
}

/** Moves a requirement. No-op for an unknown id, a non-numeric index or the same place. */
export function moveRequirement(def: ServiceDefinition, { id, index }: MoveRequirementArgs): ServiceDefinition {
  const from = def.requirements.findIndex((r) => r.id === id);
  const rest = from < 0 ? undefined : removeAt(def.requirements, from);
  const to = rest && clampIndex(index, rest.length);
  if (!rest || to === undefined || to === from) return def;
  return { ...def, requirements: insertAt(rest, to, def.requirements[from]) };
}
