/**
 * Personas as pure edits of a definition: saved answers of a preview run
 * under a name ("Famiglia con ISEE basso"), replayable later. Same contract
 * as the model's operations: immutable, and the very same object back when
 * nothing changes.
 *
 * These belong in `src/model/operations` (as `savePersona` / `removePersona`
 * in the command table); until they are there, the preview keeps them here
 * and applies them through `personaStoreAdapter.ts`.
 */
import type { Persona, ServiceDefinition } from '../../../model/types';

/** Adds `persona`, or replaces the one with its id. */
export function savePersona(def: ServiceDefinition, persona: Persona): ServiceDefinition {
  const index = def.personas.findIndex((p) => p.id === persona.id);
  if (index >= 0 && JSON.stringify(def.personas[index]) === JSON.stringify(persona)) return def;
  const personas = index >= 0 ? def.personas.map((p, i) => (i === index ? persona : p)) : [...def.personas, persona];
  return { ...def, personas };
}

/** Removes the persona with `personaId`. */
export function removePersona(def: ServiceDefinition, personaId: string): ServiceDefinition {
  if (!def.personas.some((p) => p.id === personaId)) return def;
  return { ...def, personas: def.personas.filter((p) => p.id !== personaId) };
}

/** A persona's name: trimmed, at most 200 characters (the format's limit). */
export function personaName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, 200);
}
