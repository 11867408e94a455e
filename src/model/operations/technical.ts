/**
 * Edits reserved to technical staff: the technical settings, and replacing
 * the whole content from the raw JSON view. (The role check is the screens'
 * and the server's; the model only keeps the definition well-formed.)
 */
import type { ServiceDefinition, TechnicalSettings } from '../types';

/** Technical fields to change (shallow: `protocol`, `payment`, `integrations` are replaced whole). */
export type UpdateTechnicalArgs = Partial<TechnicalSettings>;

// The format's closed lists (schema.ts); any other value would make the service unloadable.
const ALLOWED: { readonly [K in keyof TechnicalSettings]: readonly unknown[] | null } = {
  accessLevel: ['anonymous', 'social', 'spid_l1', 'spid_l2', 'cie'],
  workflow: ['approval', 'forward'],
  protocol: null,
  payment: null,
  integrations: null,
};

/**
 * Changes some technical settings. `undefined` values are ignored. No-op if
 * nothing changes, and the whole patch is refused if it names a field the
 * format does not have or a value outside a closed list.
 */
export function updateTechnical(def: ServiceDefinition, patch: UpdateTechnicalArgs): ServiceDefinition {
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  for (const [name, value] of entries) {
    if (!Object.prototype.hasOwnProperty.call(ALLOWED, name)) return def;
    const allowed = ALLOWED[name as keyof TechnicalSettings];
    if (allowed && !allowed.includes(value)) return def;
  }
  const changes = entries.filter(([name, value]) => !Object.is(def.technical[name as keyof TechnicalSettings], value));
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
