// End to end through the real stores and IndexedDB (fake-indexeddb): type,
// flush, reload through restore(), and the undo/revision interplay.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../store/testing/createTestEditor';
import { nidoComunaleFixture } from '../store/testing/fixtures';
import { startAutosave } from './autosave';
import { MattonciniDb } from './db';
import { createServiceRepository } from './serviceRepository';

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function setup() {
  const db = new MattonciniDb(`mattoncini-test-${crypto.randomUUID()}`);
  opened.push(db);
  const repo = createServiceRepository(db);
  const editor = createTestEditor(nidoComunaleFixture());
  const autosave = startAutosave(editor.store, repo, {
    lifecycle: null,
    getRole: () => 'official',
    now: () => new Date('2027-01-16T08:30:00.000Z'),
  });
  return { repo, editor, autosave };
}

describe('autosave through the repository', () => {
  it('what was typed is on disk after flush, and loads back through restore()', async () => {
    const { repo, editor, autosave } = setup();
    await repo.put(editor.definition);
    editor.type('n-cf', 'label', ' del genitore');
    await autosave.flush();
    const loaded = await repo.get('nido-comunale');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.definition.steps[0].nodes[2].props.label).toBe('Codice fiscale del genitore');
    expect(loaded.definition.revision).toBe(1);
    expect(loaded.definition.history).toEqual([
      { at: '2027-01-16T08:30:00.000Z', revision: 1, role: 'official', action: 'updateNodeProps' },
    ]);
    expect(loaded.definition).toEqual(editor.definition); // the store carries the saved stamp
    await autosave.stop();
  });

  it('undo after saving writes the older content under a newer revision', async () => {
    const { repo, editor, autosave } = setup();
    editor.type('n-nome', 'label', ' del richiedente');
    await autosave.flush();
    editor.undo();
    await autosave.flush();
    const loaded = await repo.get('nido-comunale');
    expect(loaded.ok && loaded.definition.revision).toBe(2);
    expect(loaded.ok && loaded.definition.steps[0].nodes[0].props.label).toBe('Nome');
    await autosave.stop();
  });
});
