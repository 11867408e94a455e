/**
 * The parts of a service definition that undo/redo never roll back:
 * - saved metadata (revision, updatedAt, history), a fact about the database
 *   written after the edit (see `savedMeta.ts`);
 * - personas, test data of the preview rather than content of the service:
 *   "Annulla" after saving a persona must undo the last real edit, and
 *   undoing a label change must not delete a persona saved after it.
 * An edit of personas alone still counts as a change (autosave writes it).
 */
import type { ServiceDefinition } from '../model/types';
import { savedMetaOf, withSavedMeta } from './savedMeta';

/** `snapshot` (restored by undo/redo) with the present's undo-exempt parts. */
export function carryUndoExempt(snapshot: ServiceDefinition, present: ServiceDefinition): ServiceDefinition {
  const stamped = withSavedMeta(snapshot, savedMetaOf(present));
  return stamped.personas === present.personas ? stamped : { ...stamped, personas: present.personas };
}

/** Whether `next` differs from `previous` in its personas and nothing else: a change, but no undo step. */
export function changesOnlyPersonas(previous: ServiceDefinition, next: ServiceDefinition): boolean {
  if (next.personas === previous.personas) return false;
  const fields = new Set([...Object.keys(previous), ...Object.keys(next)]) as Set<keyof ServiceDefinition>;
  for (const field of fields) {
    if (field !== 'personas' && previous[field] !== next[field]) return false;
  }
  return true;
}
