/**
 * Personas: saved answers of a preview run under a name ("Famiglia con ISEE
 * basso"), replayable later. They are test data of the preview, not content
 * of the service, so the document store keeps them out of undo history
 * (see `store/undoExempt.ts`).
 */
import type { Persona, ServiceDefinition } from '../types';
import { isValidId } from './isValidId';

/** What the format requires of a persona (schema.ts): a well-formed id, a name of 1–200 characters, an answers object. */
function isValidPersona(persona: Persona): boolean {
  const { id, name, answers } = persona ?? {};
  return (
    isValidId(id) &&
    typeof name === 'string' &&
    name.trim() !== '' &&
    name.length <= 200 &&
    typeof answers === 'object' &&
    answers !== null &&
    !Array.isArray(answers)
  );
}

/** Adds `persona`, or replaces the one with its id. No-op if it is malformed or identical. */
export function savePersona(def: ServiceDefinition, persona: Persona): ServiceDefinition {
  if (!isValidPersona(persona)) return def;
  const index = def.personas.findIndex((p) => p.id === persona.id);
  if (index >= 0 && JSON.stringify(def.personas[index]) === JSON.stringify(persona)) return def;
  const personas = index >= 0 ? def.personas.map((p, i) => (i === index ? persona : p)) : [...def.personas, persona];
  return { ...def, personas };
}

/** Removes the persona with `personaId`. No-op for an unknown id. */
export function removePersona(def: ServiceDefinition, personaId: string): ServiceDefinition {
  if (!def.personas.some((p) => p.id === personaId)) return def;
  return { ...def, personas: def.personas.filter((p) => p.id !== personaId) };
}
