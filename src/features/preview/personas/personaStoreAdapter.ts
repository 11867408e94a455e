/**
 * Applies persona edits to an open editor's document store.
 *
 * Why an adapter: the model's command table has no persona operation, and
 * the store only runs commands from that table. So the new definition is set
 * on the store directly, and — deliberately — outside the undo history:
 * personas are test data of the preview, not content of the service, so
 * undoing a label change must not delete a persona saved after it, and
 * "Annulla" must not undo a persona. For that the personas are carried onto
 * every undo/redo snapshot, as the store does with saved metadata. The
 * change counter moves, so autosave writes the service (IndexedDB, and
 * hence exports) as for any edit.
 *
 * To retire this file: add `savePersona` / `removePersona` to
 * `src/model/operations` and a "not undoable" flag (or the saved-meta
 * treatment) to the store; then dispatch them.
 */
import type { Persona, ServiceDefinition } from '../../../model/types';
import type { EditorDocumentStore } from '../../../store/documentStore';
import { removePersona, savePersona } from './personaOps';

function apply(store: EditorDocumentStore, edit: (def: ServiceDefinition) => ServiceDefinition, action: string): boolean {
  const state = store.getState();
  const definition = edit(state.definition);
  if (definition === state.definition) return false;
  const personas = definition.personas;
  const carry = <S extends { snapshot: ServiceDefinition }>(step: S): S =>
    step.snapshot.personas === personas ? step : { ...step, snapshot: { ...step.snapshot, personas } };
  store.setState({
    definition,
    past: state.past.map(carry),
    future: state.future.map(carry),
    changeSeq: state.changeSeq + 1,
    lastAction: action,
  });
  return true;
}

/** Saves (adds or replaces) a persona in the open service. */
export function savePersonaInStore(store: EditorDocumentStore, persona: Persona): boolean {
  return apply(store, (def) => savePersona(def, persona), 'savePersona');
}

/** Removes a persona from the open service. */
export function removePersonaInStore(store: EditorDocumentStore, personaId: string): boolean {
  return apply(store, (def) => removePersona(def, personaId), 'removePersona');
}
