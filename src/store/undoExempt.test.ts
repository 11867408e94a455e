// Personas through the ordinary document store: a change autosave writes,
// never an undo step, and never rolled back by undo/redo.
import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from '../model/fixtures';
import type { Persona } from '../model/types';
import { startAutosave } from '../persistence/autosave';
import { getDatabase } from '../persistence/db';
import { createServiceRepository } from '../persistence/serviceRepository';
import { createTestEditor } from './testing/createTestEditor';
import { carryUndoExempt, changesOnlyPersonas } from './undoExempt';

// The fixture's own persona is set aside so that the lists below are exact.
const service = () => ({ ...bonusAlimentare(), personas: [] });

const famiglia: Persona = { id: 'p-isee-basso', name: 'Famiglia con ISEE basso', answers: { isee: { value: 6200.5 }, altri_sostegni: false } };

describe('undo-exempt parts of a definition', () => {
  it('carryUndoExempt puts the present’s personas and saved metadata on a restored snapshot', () => {
    const before = bonusAlimentare();
    const present = { ...before, card: { ...before.card, title: 'Buoni spesa' }, personas: [famiglia], revision: 7 };
    const restored = carryUndoExempt(before, present);
    expect(restored.card.title).toBe(before.card.title);
    expect(restored.personas).toBe(present.personas);
    expect(restored.revision).toBe(7);
    expect(carryUndoExempt(present, present)).toBe(present);
  });

  it('changesOnlyPersonas tells a persona edit from a content edit', () => {
    const def = bonusAlimentare();
    expect(changesOnlyPersonas(def, { ...def, personas: [famiglia] })).toBe(true);
    expect(changesOnlyPersonas(def, { ...def, personas: [famiglia], status: 'private' })).toBe(false);
    expect(changesOnlyPersonas(def, { ...def, status: 'private' })).toBe(false);
    expect(changesOnlyPersonas(def, def)).toBe(false);
  });
});

describe('personas in the document store', () => {
  it('a saved persona is a change but not an undo step, and survives undo and redo', () => {
    const editor = createTestEditor(service());
    editor.dispatch({ name: 'updateCard', args: { title: 'Buoni spesa 2027' } });
    const seq = editor.store.getState().changeSeq;
    expect(editor.dispatch({ name: 'savePersona', args: famiglia })).toBe(true);
    expect(editor.store.getState().changeSeq).toBe(seq + 1);
    expect(editor.store.getState().lastAction).toBe('savePersona');
    expect(editor.store.getState().past).toHaveLength(1);

    editor.undo();
    expect(editor.definition.card.title).not.toBe('Buoni spesa 2027');
    expect(editor.definition.personas).toEqual([famiglia]);
    editor.redo();
    expect(editor.definition.card.title).toBe('Buoni spesa 2027');
    expect(editor.definition.personas).toEqual([famiglia]);

    expect(editor.dispatch({ name: 'removePersona', args: famiglia.id })).toBe(true);
    editor.undo();
    expect(editor.definition.personas).toEqual([]);
    expect(editor.dispatch({ name: 'removePersona', args: famiglia.id })).toBe(false);
  });

  it('a malformed persona changes nothing', () => {
    const editor = createTestEditor(service());
    const before = editor.definition;
    expect(editor.dispatch({ name: 'savePersona', args: { ...famiglia, name: ' ' } })).toBe(false);
    expect(editor.definition).toBe(before);
    expect(editor.store.getState().changeSeq).toBe(0);
  });

  it('autosave writes the persona to IndexedDB', async () => {
    const repository = createServiceRepository(getDatabase());
    const def = service();
    await repository.put(def);
    const editor = createTestEditor(def);
    const autosave = startAutosave(editor.store, repository, { debounceMs: 1, maxWaitMs: 5, getRole: () => 'official' });
    editor.dispatch({ name: 'savePersona', args: famiglia });
    await autosave.flush();
    await autosave.stop();
    const loaded = await repository.get(def.id);
    expect(loaded.ok && loaded.definition.personas).toEqual([famiglia]);
  });
});
