/**
 * Edits reserved to technical staff: the technical settings, and replacing
 * the whole content from the raw JSON view.
 *
 * ADAPTER: `src/model` has no such commands yet; same conventions as its ops.
 */
import type { ServiceDefinition, TechnicalSettings } from '../../../model/types';

/** Technical fields to change (shallow: `protocol`, `payment`, `integrations` are replaced whole). */
export type UpdateTechnicalArgs = Partial<TechnicalSettings>;

export function updateTechnical(def: ServiceDefinition, patch: UpdateTechnicalArgs): ServiceDefinition {
  const changes = Object.entries(patch).filter(
    ([name, value]) => value !== undefined && name !== '__proto__' && !Object.is(def.technical[name as keyof TechnicalSettings], value),
  );
  if (changes.length === 0) return def;
  return { ...def, technical: { ...def.technical, ...Object.fromEntries(changes) } };
}

export interface ReplaceContentArgs {
  /** An already restored (validated) definition of the same service. */
  definition: ServiceDefinition;
}

/**
 * Replaces everything the official can edit with `definition` (from the raw
 * JSON editor, after `restore()`), keeping what belongs to storage and
 * identity: id, creation time, revision, updatedAt and history. No-op for
 * another service's id or identical content.
 */
export function replaceContent(def: ServiceDefinition, { definition }: ReplaceContentArgs): ServiceDefinition {
  if (definition.id !== def.id) return def;
  const next: ServiceDefinition = {
    ...definition,
    id: def.id,
    createdAt: def.createdAt,
    revision: def.revision,
    updatedAt: def.updatedAt,
    history: def.history,
  };
  return JSON.stringify(next) === JSON.stringify(def) ? def : next;
}
