/**
 * The last line of defence for "no edit is ever lost": IndexedDB writes are
 * asynchronous, so a reload or a closed tab inside the autosave window (up to
 * a second) could drop the latest edits. When the page goes away, autosave
 * writes the unsaved document here synchronously (localStorage survives the
 * unload); the next load of that service prefers it when it is newer than the
 * stored row, saves it, and clears it.
 */
import type { ServiceDefinition } from '../model/types';

/** Synchronous key/value storage (localStorage in the browser). */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PendingEntry {
  /** The document with its unsaved edits. */
  definition: unknown;
  /** Revision the edits were made on top of: newer than the stored row when it equals or exceeds it. */
  baseRevision: number;
}

export interface PendingJournal {
  write(definition: ServiceDefinition, baseRevision: number): void;
  read(id: string): PendingEntry | undefined;
  clear(id: string): void;
}

const keyOf = (id: string) => `mattoncini.pending.${id}`;

/** The browser's localStorage, or undefined where there is none (Node, private modes that throw). */
export function browserStorage(): SyncStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** A journal over `storage`; without storage every call is a no-op. */
export function createPendingJournal(storage: SyncStorage | undefined = browserStorage()): PendingJournal {
  return {
    write(definition, baseRevision) {
      try {
        storage?.setItem(keyOf(definition.id), JSON.stringify({ definition, baseRevision } satisfies PendingEntry));
      } catch {
        // Quota exceeded: IndexedDB still gets the flush that pagehide starts.
      }
    },
    read(id) {
      try {
        const text = storage?.getItem(keyOf(id));
        if (!text) return undefined;
        const entry = JSON.parse(text) as Partial<PendingEntry>;
        return typeof entry.baseRevision === 'number' && entry.definition ? (entry as PendingEntry) : undefined;
      } catch {
        return undefined;
      }
    },
    clear(id) {
      try {
        storage?.removeItem(keyOf(id));
      } catch {
        // Nothing to do: a stale entry is ignored once the row is newer.
      }
    },
  };
}
