/**
 * Autosave: every change to an open service reaches IndexedDB within about a
 * second, without the user ever pressing "Salva".
 *
 * - Debounced (300 ms) so a burst of edits is one write, with a max wait
 *   (1 s) so continuous typing still saves at least every second.
 * - Writes are serialised: one write in flight at a time, and each write takes
 *   the latest state, so the last state always wins.
 * - On save it stamps revision (last saved + 1), updatedAt and a bounded
 *   change history, then tells the store (`markSaved`) without an undo step.
 * - A failed write keeps the change pending, reports 'error' and retries with
 *   exponential backoff: nothing is dropped.
 * - `flush()` saves now (navigation, tests); `pagehide` and a hidden tab flush too.
 */
import type { HistoryEntry, Role, ServiceDefinition } from '../model/types';
import type { CommandTable } from '../store/commandTypes';
import type { DocumentStoreApi } from '../store/documentStoreCore';
import { savedMetaOf, type SavedMeta } from '../store/savedMeta';
import { sessionStore } from '../store/sessionStore';
import type { ServiceRepository } from './serviceRepository';
import { createPendingJournal, type PendingJournal } from './pendingJournal';

/** What the save indicator shows. */
export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; revision: number; at: string }
  | { state: 'error'; message: string; retryInMs: number };

/** Where to listen for the page going away; `addEventListener`-capable objects. */
export interface LifecycleTargets {
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

export interface AutosaveOptions {
  /** Quiet time before a save (default 300 ms). */
  debounceMs?: number;
  /** Longest a change waits while edits keep coming (default 1000 ms). */
  maxWaitMs?: number;
  /** First retry delay after a failed write; doubles up to `retryMaxMs` (default 1000 ms). */
  retryInitialMs?: number;
  /** Longest retry delay (default 30 s). */
  retryMaxMs?: number;
  /** Change-history entries kept in the document (default 200, the latest). */
  historyLimit?: number;
  /** Clock for `updatedAt` and history entries (default `new Date()`). */
  now?: () => Date;
  /** Who is editing (default: the session store's role). */
  getRole?: () => Role;
  onStatus?: (status: AutosaveStatus) => void;
  /** Page lifecycle sources (default: the global window/document, if any); null to disable. */
  lifecycle?: LifecycleTargets | null;
  /** Where unsaved edits go synchronously when the page goes away (default: localStorage). */
  journal?: PendingJournal;
}

export interface Autosave {
  /** Saves pending changes now; resolves once written, rejects if the write fails (a retry stays scheduled). */
  flush(): Promise<void>;
  /** Flushes, then stops listening. Call when the editor closes. */
  stop(): Promise<void>;
  /** The latest status. */
  readonly status: AutosaveStatus;
  /** Whether some change is not yet written. */
  readonly pending: boolean;
  /** Takes a copy already in storage (pulled by sync) as the saved document; false, changing nothing, while edits are unsaved. */
  adopt(definition: ServiceDefinition): boolean;
}

/** Most characters of a history entry's `action` (the schema's limit). */
const ACTION_MAX = 200;

/** "insertNode, updateNodeProps": the distinct actions of one save, in order. */
function summariseActions(actions: readonly string[]): string {
  const text = [...new Set(actions)].join(', ') || 'save';
  return text.length > ACTION_MAX ? `${text.slice(0, ACTION_MAX - 1)}…` : text;
}

function defaultLifecycle(): LifecycleTargets {
  return {
    window: typeof window === 'undefined' ? undefined : window,
    document: typeof document === 'undefined' ? undefined : document,
  };
}

/** Starts saving `store` through `repository`. One autosave per open service. */
export function startAutosave<C extends CommandTable>(
  store: DocumentStoreApi<C>,
  repository: Pick<ServiceRepository, 'put'>,
  options: AutosaveOptions = {},
): Autosave {
  const {
    debounceMs = 300,
    maxWaitMs = 1000,
    retryInitialMs = 1000,
    retryMaxMs = 30_000,
    historyLimit = 200,
    now = () => new Date(),
    getRole = () => sessionStore.getState().role,
    onStatus,
    journal = createPendingJournal(),
  } = options;
  const lifecycle = options.lifecycle === undefined ? defaultLifecycle() : options.lifecycle;

  // What is on disk: the content version (changeSeq) and its stamped metadata.
  let savedSeq = store.getState().changeSeq;
  let savedMeta: SavedMeta = savedMetaOf(store.getState().definition);
  // Actions since the last successful save, tagged with the changeSeq they produced.
  let actions: { seq: number; action: string }[] = [];
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let writing: Promise<void> | null = null;
  let stopped = false;
  let status: AutosaveStatus = { state: 'idle' };

  const emit = (next: AutosaveStatus) => {
    status = next;
    onStatus?.(next);
  };
  const isDirty = () => store.getState().changeSeq !== savedSeq;

  const clearTimers = () => {
    clearTimeout(debounceTimer);
    clearTimeout(maxWaitTimer);
    clearTimeout(retryTimer);
    debounceTimer = maxWaitTimer = retryTimer = undefined;
  };

  async function writeLatest(): Promise<void> {
    const state = store.getState();
    const seq = state.changeSeq;
    const revision = savedMeta.revision + 1;
    const at = now().toISOString();
    const entry: HistoryEntry = {
      at,
      revision,
      role: getRole(),
      action: summariseActions(actions.filter((a) => a.seq <= seq).map((a) => a.action)),
    };
    const meta: SavedMeta = { revision, updatedAt: at, history: [...savedMeta.history, entry].slice(-historyLimit) };
    if (status.state !== 'saving') emit({ state: 'saving' });
    await repository.put({ ...state.definition, ...meta });
    savedSeq = seq;
    savedMeta = meta;
    actions = actions.filter((a) => a.seq > seq);
    failures = 0;
    store.getState().markSaved(meta);
    if (!isDirty()) journal.clear(state.definition.id);
  }

  function onWriteError(error: unknown) {
    failures += 1;
    const retryInMs = Math.min(retryInitialMs * 2 ** (failures - 1), retryMaxMs);
    const detail = error instanceof Error ? error.message : String(error);
    emit({ state: 'error', message: `Salvataggio non riuscito: ${detail}. Le modifiche sono conservate, nuovo tentativo a breve.`, retryInMs });
    if (stopped) return;
    clearTimers();
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void drain().catch(() => {});
    }, retryInMs);
  }

  /** Writes until nothing is pending. Concurrent callers share the one loop. */
  function drain(): Promise<void> {
    if (writing) return writing;
    if (!isDirty()) return Promise.resolve();
    writing = (async () => {
      try {
        while (isDirty()) await writeLatest();
        emit({ state: 'saved', revision: savedMeta.revision, at: savedMeta.updatedAt });
      } catch (error) {
        onWriteError(error);
        throw error;
      } finally {
        writing = null;
      }
    })();
    return writing;
  }

  const fire = () => {
    clearTimeout(debounceTimer);
    clearTimeout(maxWaitTimer);
    debounceTimer = maxWaitTimer = undefined;
    void drain().catch(() => {}); // Reported through onWriteError/status.
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.changeSeq === prev.changeSeq) return; // markSaved or history-only change
    if (state.lastAction) actions.push({ seq: state.changeSeq, action: state.lastAction });
    // During backoff the scheduled retry will take the latest state anyway.
    if (stopped || retryTimer !== undefined) return;
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(fire, debounceMs);
    maxWaitTimer ??= setTimeout(fire, maxWaitMs);
  });

  async function flush(): Promise<void> {
    clearTimers();
    // A write in flight may have started before the latest change; drain
    // loops until the latest state is on disk.
    await drain();
  }

  // The async flush may not finish before the page is gone: journal first, synchronously.
  const flushQuietly = () => {
    if (isDirty()) journal.write(store.getState().definition, savedMeta.revision);
    void flush().catch(() => {});
  };
  const onVisibility = () => {
    if (lifecycle?.document?.visibilityState === 'hidden') flushQuietly();
  };
  lifecycle?.window?.addEventListener('pagehide', flushQuietly);
  lifecycle?.document?.addEventListener('visibilitychange', onVisibility);

  return {
    flush,
    async stop() {
      stopped = true;
      unsubscribe();
      lifecycle?.window?.removeEventListener('pagehide', flushQuietly);
      lifecycle?.document?.removeEventListener('visibilitychange', onVisibility);
      try {
        await flush();
      } finally {
        clearTimers();
      }
    },
    get status() {
      return status;
    },
    get pending() {
      return isDirty();
    },
    adopt(definition) {
      if (isDirty() || writing) return false;
      store.getState().load(definition);
      savedMeta = savedMetaOf(definition);
      return true;
    },
  };
}
