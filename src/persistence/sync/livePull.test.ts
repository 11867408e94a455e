// An open session and a colleague's pulled copy: taken at once when nothing is
// unsaved, kept aside (with a notice) when the official has edits in flight.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceDefinition } from '../../model/types';
import { createDocumentStoreWith } from '../../store/documentStoreCore';
import { nidoComunaleFixture } from '../../store/testing/fixtures';
import { startAutosave } from '../autosave';
import { createPendingJournal, type SyncStorage } from '../pendingJournal';
import type { LoadResult } from '../serviceRepository';
import { followPulledCopies, type LivePullOutcome } from './livePull';
import { createPulledNotices } from './pulledNotice';

const commands = {
  setTitle: (def: ServiceDefinition, args: { title: string }): ServiceDefinition =>
    def.card.title === args.title ? def : { ...def, card: { ...def.card, title: args.title } },
};
const titled = (title: string, revision: number): ServiceDefinition => ({
  ...nidoComunaleFixture(),
  revision,
  card: { ...nidoComunaleFixture().card, title },
});

function memoryStorage(): SyncStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

function openSession() {
  const stored = { current: titled('Nido comunale', 3) };
  const writes: ServiceDefinition[] = [];
  const repository = {
    get: async (id: string): Promise<LoadResult> =>
      id === stored.current.id ? { ok: true, definition: stored.current, warnings: [] } : { ok: false, reason: 'not-found', errors: [] },
    put: async (definition: ServiceDefinition) => {
      writes.push(definition);
      stored.current = definition;
    },
  };
  const store = createDocumentStoreWith(commands, stored.current);
  const journal = createPendingJournal(memoryStorage());
  const autosave = startAutosave(store, repository, { lifecycle: null, getRole: () => 'official', journal });
  const notices = createPulledNotices(() => undefined);
  const outcomes: LivePullOutcome[] = [];
  const stop = followPulledCopies(
    { serviceId: stored.current.id, get pending() { return autosave.pending; }, adopt: (d) => autosave.adopt(d) },
    { notices, repository, journal, onOutcome: (o) => outcomes.push(o) },
  );
  /** What the engine does: stores the colleague's copy, then tells the sessions. */
  const pull = (title: string) => {
    stored.current = titled(title, stored.current.revision + 1);
    notices.publish(stored.current.id);
  };
  return { store, autosave, journal, outcomes, writes, stored, pull, stop, notices };
}

describe('live pull in an open session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('with nothing unsaved, takes the stored copy as a fresh load and writes nothing back', async () => {
    const s = openSession();
    s.store.getState().dispatch({ name: 'setTitle', args: { title: 'Nido (mia modifica)' } });
    await s.autosave.flush();
    expect(s.store.getState().past).toHaveLength(1);

    s.pull('Nido comunale 2027 (dal collega)');
    await vi.waitFor(() => expect(s.outcomes).toEqual(['replaced']));
    expect(s.store.getState().definition.card.title).toBe('Nido comunale 2027 (dal collega)');
    expect(s.store.getState().past).toHaveLength(0);
    expect(s.autosave.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.writes).toHaveLength(1); // only the official's own save, never an echo of the pulled copy

    // The next edit is saved on top of the pulled revision: no stale revision, no conflict.
    s.store.getState().dispatch({ name: 'setTitle', args: { title: 'Nido 2027 (rivisto)' } });
    await s.autosave.flush();
    expect(s.writes.at(-1)?.revision).toBe(s.stored.current.revision);
    expect(s.writes.at(-1)?.revision).toBeGreaterThan(4);
    expect(s.writes.at(-1)?.history.at(-1)?.action).toBe('setTitle');
    s.stop();
  });

  it('with an unsaved edit, keeps it and reports that a newer copy waits for the comparison', async () => {
    const s = openSession();
    s.store.getState().dispatch({ name: 'setTitle', args: { title: 'Nido (non ancora salvato)' } });
    s.pull('Nido comunale 2027 (dal collega)');
    await vi.waitFor(() => expect(s.outcomes).toEqual(['kept']));
    expect(s.store.getState().definition.card.title).toBe('Nido (non ancora salvato)');
    expect(s.store.getState().past).toHaveLength(1);
    expect(s.autosave.pending).toBe(true);
    s.stop();
  });

  it('with a pending journal entry for the service, keeps the document', async () => {
    const s = openSession();
    s.journal.write(titled('Nido (dal diario)', 3), 3);
    s.pull('Nido comunale 2027 (dal collega)');
    await vi.waitFor(() => expect(s.outcomes).toEqual(['kept']));
    expect(s.store.getState().definition.card.title).toBe('Nido comunale');
    s.stop();
  });

  it('ignores pulled copies of other services and stops listening when closed', async () => {
    const s = openSession();
    s.notices.publish('mensa-scolastica');
    await vi.advanceTimersByTimeAsync(10);
    expect(s.outcomes).toEqual([]);
    s.stop();
    s.pull('Nido comunale 2027 (dal collega)');
    await vi.advanceTimersByTimeAsync(10);
    expect(s.outcomes).toEqual([]);
    expect(s.store.getState().definition.card.title).toBe('Nido comunale');
  });
});
