import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from '../../../compile/fixtures/bonusAlimentare';
import { createServiceRepository } from '../../../persistence/serviceRepository';
import { createTestEditor } from '../../../store/testing/createTestEditor';
import { startAutosave } from '../../../persistence/autosave';
import { getDatabase } from '../../../persistence/db';
import { removePersonaInStore, savePersonaInStore } from './personaStoreAdapter';
import { removePersona, savePersona } from './personaOps';

const famiglia = { id: 'p-isee-basso', name: 'Famiglia con ISEE basso', answers: { isee: { value: 6200.5 }, altri_sostegni: false } };

describe('personaOps', () => {
  it('aggiunge, sostituisce e toglie senza toccare l’originale', () => {
    const def = bonusAlimentare();
    const saved = savePersona(def, famiglia);
    expect(def.personas).toEqual([]);
    expect(saved.personas).toEqual([famiglia]);
    expect(savePersona(saved, famiglia)).toBe(saved);
    const renamed = savePersona(saved, { ...famiglia, name: 'Nucleo con ISEE basso' });
    expect(renamed.personas.map((p) => p.name)).toEqual(['Nucleo con ISEE basso']);
    expect(removePersona(renamed, 'p-isee-basso').personas).toEqual([]);
    expect(removePersona(def, 'nessuna')).toBe(def);
  });
});

describe('personaStoreAdapter', () => {
  it('salva una persona che sopravvive ad annulla e ripeti, senza diventare un passo di annullamento', () => {
    const editor = createTestEditor(bonusAlimentare());
    editor.dispatch({ name: 'updateNodeProps', args: { nodeId: 'n-iban', props: { label: 'IBAN del conto' } } });
    const seq = editor.store.getState().changeSeq;
    expect(savePersonaInStore(editor.store, famiglia)).toBe(true);
    expect(editor.store.getState().changeSeq).toBe(seq + 1);
    expect(editor.store.getState().lastAction).toBe('savePersona');
    expect(editor.store.getState().past).toHaveLength(1);

    editor.undo();
    expect(editor.node('n-iban')!.props.label).toBe('IBAN');
    expect(editor.definition.personas).toEqual([famiglia]);
    editor.redo();
    expect(editor.node('n-iban')!.props.label).toBe('IBAN del conto');
    expect(editor.definition.personas).toEqual([famiglia]);

    expect(removePersonaInStore(editor.store, famiglia.id)).toBe(true);
    editor.undo();
    expect(editor.definition.personas).toEqual([]);
    expect(removePersonaInStore(editor.store, famiglia.id)).toBe(false);
  });

  it('autosave scrive la persona in IndexedDB', async () => {
    const db = getDatabase();
    const repository = createServiceRepository(db);
    const def = bonusAlimentare();
    await repository.put(def);
    const editor = createTestEditor(def);
    const autosave = startAutosave(editor.store, repository, { debounceMs: 1, maxWaitMs: 5, getRole: () => 'official' });
    savePersonaInStore(editor.store, famiglia);
    await autosave.flush();
    await autosave.stop();
    const loaded = await repository.get(def.id);
    expect(loaded.ok && loaded.definition.personas).toEqual([famiglia]);
  });
});
