// Autosave timing, stamping, serialisation and retry, with fake timers and a
// controllable in-memory repository (the Dexie path is in autosave.dexie.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceDefinition } from '../model/types';
import { createDocumentStoreWith } from '../store/documentStoreCore';
import { nidoComunaleFixture } from '../store/testing/fixtures';
import { startAutosave, type AutosaveOptions, type AutosaveStatus } from './autosave';

const standIns = {
  setTitle(def: ServiceDefinition, args: { title: string }): ServiceDefinition {
    return def.card.title === args.title ? def : { ...def, card: { ...def.card, title: args.title } };
  },
};

/** A repository whose writes we can hold open or fail on demand. */
function fakeRepository() {
  const writes: ServiceDefinition[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let failNext = 0;
  let gate: Promise<void> | null = null;
  return {
    writes,
    get maxInFlight() {
      return maxInFlight;
    },
    failTimes(n: number) {
      failNext = n;
    },
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
    async put(definition: ServiceDefinition) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (gate) await gate;
        if (failNext > 0) {
          failNext--;
          throw new Error('QuotaExceededError');
        }
        writes.push(definition);
      } finally {
        inFlight--;
      }
    },
  };
}

function setup(options: AutosaveOptions = {}) {
  const store = createDocumentStoreWith(standIns, nidoComunaleFixture());
  const repo = fakeRepository();
  const statuses: AutosaveStatus[] = [];
  let minute = 0;
  const autosave = startAutosave(store, repo, {
    now: () => new Date(Date.UTC(2027, 0, 15, 10, minute++)),
    getRole: () => 'official',
    onStatus: (s) => statuses.push(s),
    lifecycle: null,
    ...options,
  });
  const title = (t: string) => store.getState().dispatch({ name: 'setTitle', args: { title: t } });
  return { store, repo, statuses, autosave, title };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('debounces a burst of edits into one write', async () => {
    const { repo, title } = setup();
    title('Iscrizione nido');
    await vi.advanceTimersByTimeAsync(100);
    title('Iscrizione nido 2027');
    await vi.advanceTimersByTimeAsync(299);
    expect(repo.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(repo.writes).toHaveLength(1);
    expect(repo.writes[0].card.title).toBe('Iscrizione nido 2027');
  });

  it('saves at least every second while typing continues (max wait)', async () => {
    const { repo, title } = setup();
    for (let i = 1; i <= 25; i++) {
      title(`Iscrizione ${'x'.repeat(i)}`);
      await vi.advanceTimersByTimeAsync(100); // never 300 ms quiet
    }
    // 2.5 s of typing → saves at ~1 s and ~2 s even though it never paused.
    expect(repo.writes.length).toBeGreaterThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(repo.writes.at(-1)!.card.title).toBe(`Iscrizione ${'x'.repeat(25)}`);
  });

  it('stamps revision = last saved + 1, updatedAt and a history entry; tells the store', async () => {
    const { store, repo, title, statuses } = setup();
    title('Nido comunale');
    await vi.advanceTimersByTimeAsync(300);
    title('Nido comunale 2027');
    await vi.advanceTimersByTimeAsync(300);
    expect(repo.writes.map((w) => w.revision)).toEqual([1, 2]);
    expect(repo.writes[1].updatedAt).toBe('2027-01-15T10:01:00.000Z');
    expect(repo.writes[1].history).toEqual([
      { at: '2027-01-15T10:00:00.000Z', revision: 1, role: 'official', action: 'setTitle' },
      { at: '2027-01-15T10:01:00.000Z', revision: 2, role: 'official', action: 'setTitle' },
    ]);
    expect(store.getState().definition.revision).toBe(2);
    expect(store.getState().past).toHaveLength(2); // saving added no undo steps
    expect(statuses.at(-1)).toEqual({ state: 'saved', revision: 2, at: '2027-01-15T10:01:00.000Z' });
  });

  it('undo after a save is a new change with a higher revision, never a lower one', async () => {
    const { store, repo, title } = setup();
    title('Nido comunale');
    await vi.advanceTimersByTimeAsync(300);
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(300);
    expect(repo.writes.map((w) => [w.revision, w.card.title])).toEqual([
      [1, 'Nido comunale'],
      [2, 'Iscrizione all’asilo nido comunale'],
    ]);
    expect(repo.writes[1].history.at(-1)!.action).toBe('undo:setTitle');
  });

  it('keeps the change history bounded', async () => {
    const { repo, title } = setup({ historyLimit: 3 });
    for (let i = 1; i <= 5; i++) {
      title(`Nido ${i}`);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(repo.writes.at(-1)!.history.map((h) => h.revision)).toEqual([3, 4, 5]);
  });

  it('never overlaps two writes; the last state wins', async () => {
    const { repo, title, autosave } = setup();
    const release = repo.hold();
    title('Nido A');
    await vi.advanceTimersByTimeAsync(300); // write of "Nido A" starts and hangs
    title('Nido B');
    await vi.advanceTimersByTimeAsync(300);
    title('Nido C');
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.writes).toHaveLength(0);
    release();
    await autosave.flush();
    expect(repo.maxInFlight).toBe(1);
    expect(repo.writes.map((w) => w.card.title)).toEqual(['Nido A', 'Nido C']);
    expect(repo.writes.map((w) => w.revision)).toEqual([1, 2]);
    expect(autosave.pending).toBe(false);
  });

  it('a failed write keeps the change, reports error, retries with backoff, then saves', async () => {
    const { repo, title, statuses, autosave } = setup({ retryInitialMs: 1000 });
    repo.failTimes(2);
    title('Nido comunale');
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.at(-1)).toMatchObject({ state: 'error', retryInMs: 1000 });
    expect((statuses.at(-1) as { message: string }).message).toMatch(/Salvataggio non riuscito/);
    expect(autosave.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toMatchObject({ state: 'error', retryInMs: 2000 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(repo.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(repo.writes).toHaveLength(1);
    expect(repo.writes[0].revision).toBe(1); // failed attempts did not burn revisions
    expect(statuses.at(-1)).toMatchObject({ state: 'saved', revision: 1 });
  });

  it('edits made during backoff are included in the retry', async () => {
    const { repo, title } = setup({ retryInitialMs: 1000 });
    repo.failTimes(1);
    title('Nido A');
    await vi.advanceTimersByTimeAsync(300);
    title('Nido B');
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.writes.map((w) => w.card.title)).toEqual(['Nido B']);
    expect(repo.writes[0].history.at(-1)!.action).toBe('setTitle');
  });

  it('flush saves immediately and resolves once written; with nothing pending it is a no-op', async () => {
    const { repo, title, autosave } = setup();
    await autosave.flush();
    expect(repo.writes).toHaveLength(0);
    title('Nido comunale');
    await autosave.flush();
    expect(repo.writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(repo.writes).toHaveLength(1); // the debounced timer was cancelled
  });

  it('flush rejects when the write fails, and the retry is still scheduled', async () => {
    const { repo, title, autosave } = setup({ retryInitialMs: 500 });
    repo.failTimes(1);
    title('Nido comunale');
    await expect(autosave.flush()).rejects.toThrow('QuotaExceededError');
    await vi.advanceTimersByTimeAsync(500);
    expect(repo.writes).toHaveLength(1);
  });

  it('flushes when the page is hidden or unloaded', async () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    const { repo, title } = setup({ lifecycle: { window: win, document: doc } });
    title('Nido A');
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.writes).toHaveLength(1);
    title('Nido B');
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.writes).toHaveLength(2);
  });

  it('stop flushes what is pending and then ignores further edits', async () => {
    const { repo, title, autosave } = setup();
    title('Nido A');
    await autosave.stop();
    expect(repo.writes).toHaveLength(1);
    title('Nido B');
    await vi.advanceTimersByTimeAsync(5000);
    expect(repo.writes).toHaveLength(1);
  });

  it('a no-op dispatch schedules nothing', async () => {
    const { repo, title } = setup();
    title('Iscrizione all’asilo nido comunale'); // same title
    await vi.advanceTimersByTimeAsync(2000);
    expect(repo.writes).toHaveLength(0);
  });
});
