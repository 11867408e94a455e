/**
 * Edits of the service's requirements (who may apply: "Residenza nel
 * Comune", "ISEE fino a 15.000 €"). Their order is the order in which
 * citizens read the messages of the requirements they do not meet.
 */
import { newId, type IdGenerator } from '../ids';
import type { JsonLogicRule, Requirement, ServiceDefinition } from '../types';
import { isValidId } from './isValidId';

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

/** Adds a requirement. No-op for an empty or too long name or message, or a malformed or taken id. */
export function addRequirement(def: ServiceDefinition, args: AddRequirementArgs): ServiceDefinition {
  const id = args.id ?? (args.idGen ?? newId)();
  if (!validName(args.name) || !validMessage(args.message) || !isValidId(id) || def.requirements.some((r) => r.id === id)) {
    return def;
  }
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
  const requirements = [...def.requirements];
  requirements[index] = next;
  return { ...def, requirements };
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
  if (from < 0 || !Number.isFinite(index)) return def;
  const to = Math.max(0, Math.min(Math.trunc(index), def.requirements.length - 1));
  if (to === from) return def;
  const requirements = [...def.requirements];
  const [moved] = requirements.splice(from, 1);
  requirements.splice(to, 0, moved);
  return { ...def, requirements };
}
