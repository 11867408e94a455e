/**
 * The parts of a service definition that persistence writes on save and that
 * undo/redo must never roll back: a saved revision number is a fact about the
 * database, not about the content being edited.
 */
import type { ServiceDefinition } from '../model/types';

/** Fields stamped by autosave (see `persistence/autosave.ts`). */
export type SavedMeta = Pick<ServiceDefinition, 'revision' | 'updatedAt' | 'history'>;

/** Reads the saved metadata of a definition. */
export function savedMetaOf(definition: ServiceDefinition): SavedMeta {
  return { revision: definition.revision, updatedAt: definition.updatedAt, history: definition.history };
}

/**
 * `definition` carrying `meta`. Returns `definition` itself when it already
 * does, so that no-op stamping keeps referential identity (and selectors quiet).
 */
export function withSavedMeta(definition: ServiceDefinition, meta: SavedMeta): ServiceDefinition {
  if (
    definition.revision === meta.revision &&
    definition.updatedAt === meta.updatedAt &&
    definition.history === meta.history
  ) {
    return definition;
  }
  return { ...definition, revision: meta.revision, updatedAt: meta.updatedAt, history: meta.history };
}
