// The page-unload journal: edits made within the autosave window survive a
// reload that IndexedDB's asynchronous write did not outlive.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../store/testing/createTestEditor';
import { nidoComunaleFixture } from '../store/testing/fixtures';
import { startAutosave } from './autosave';
import { MattonciniDb } from './db';
import { createPendingJournal, type SyncStorage } from './pendingJournal';
import { createServiceRepository } from './serviceRepository';

function memoryStorage(): SyncStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function setup() {
  const db = new MattonciniDb(`mattoncini-journal-${crypto.randomUUID()}`);
  opened.push(db);
  const storage = memoryStorage();
  const journal = createPendingJournal(storage);
  const repo = createServiceRepository(db, { journal });
  const editor = createTestEditor(nidoComunaleFixture());
  await repo.put(editor.definition);
  const win = new EventTarget() as unknown as Window;
  // A write that never completes: the page is gone before IndexedDB answers.
  const stalledRepo = { put: () => new Promise<void>(() => {}) };
  const autosave = startAutosave(editor.store, stalledRepo, { lifecycle: { window: win }, journal, debounceMs: 10_000, maxWaitMs: 10_000 });
  return { repo, editor, win, storage, journal, autosave };
}

describe('pending journal', () => {
  it('an edit whose save did not finish before the page went away is loaded back', async () => {
    const { repo, editor, win, storage } = await setup();
    editor.type('n-cf', 'label', ' del genitore');
    win.dispatchEvent(new Event('pagehide'));
    expect(storage.data.size).toBe(1);

    const loaded = await repo.get('nido-comunale');
    expect(loaded.ok && loaded.definition.steps[0].nodes[2].props.label).toBe('Codice fiscale del genitore');
    expect(loaded.ok && loaded.definition.revision).toBe(1);
    expect(storage.data.size).toBe(0);
    // Saved for good: a second load reads it from the database.
    const again = await repo.get('nido-comunale');
    expect(again.ok && again.definition.steps[0].nodes[2].props.label).toBe('Codice fiscale del genitore');
  });

  it('nothing is journalled when every edit is already saved', async () => {
    const { win, storage } = await setup();
    win.dispatchEvent(new Event('pagehide'));
    expect(storage.data.size).toBe(0);
  });

  it('a journal older than the stored row is discarded, never applied over newer work', async () => {
    const { repo, editor, journal, storage } = await setup();
    const stale = { ...editor.definition, card: { ...editor.definition.card, title: 'Titolo vecchio' } };
    journal.write(stale, 0);
    await repo.put({ ...editor.definition, revision: 3 });
    const loaded = await repo.get('nido-comunale');
    expect(loaded.ok && loaded.definition.card.title).toBe(editor.definition.card.title);
    expect(storage.data.size).toBe(0);
  });

  it('a broken journal entry is ignored and the stored service loads', async () => {
    const { repo, storage, editor } = await setup();
    storage.setItem('mattoncini.pending.nido-comunale', JSON.stringify({ baseRevision: 0, definition: { formatVersion: 1 } }));
    const loaded = await repo.get('nido-comunale');
    expect(loaded.ok && loaded.definition.card.title).toBe(editor.definition.card.title);
  });
});
