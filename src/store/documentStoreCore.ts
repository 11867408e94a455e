/**
 * The document store, generic over its command table so it can be tested with
 * stand-in ops and bound to `src/model`'s `commands` in `documentStore.ts`.
 *
 * One store per open service. It holds the current definition and the undo
 * history; it never touches storage and never bumps `revision` — autosave
 * stamps that on save and reports it back with `markSaved`. Saved metadata
 * and personas are never rolled back by undo/redo (see `undoExempt.ts`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ServiceDefinition } from '../model/types';
import type { CommandOf, CommandTable, DispatchOptions } from './commandTypes';
import { withSavedMeta, type SavedMeta } from './savedMeta';
import { carryUndoExempt, changesOnlyPersonas } from './undoExempt';
import {
  closeGroup,
  initHistory,
  record,
  redoHistory,
  undoHistory,
  type CoalesceGroup,
  type UndoHistory,
  type UndoStep,
} from './undoHistory';

/** Most undo steps kept by default. */
export const DEFAULT_HISTORY_LIMIT = 200;
/** A pause longer than this (ms) ends a typing group by default. */
export const DEFAULT_COALESCE_IDLE_MS = 1000;

export interface DocumentStoreOptions {
  /** Most undo steps kept (default 200). */
  limit?: number;
  /** Idle gap in ms that closes a coalescing group (default 1000). */
  coalesceIdleMs?: number;
  /** Clock in ms, injectable for tests (default `Date.now`). */
  now?: () => number;
}

export interface DocumentState<C extends CommandTable = CommandTable> {
  /** The service being edited. Read it through selectors. */
  readonly definition: ServiceDefinition;
  readonly past: readonly UndoStep<ServiceDefinition>[];
  readonly future: readonly UndoStep<ServiceDefinition>[];
  readonly group: CoalesceGroup | null;
  /**
   * Grows by one on every content change (dispatch, undo, redo, reset) and
   * not on `markSaved`; autosave watches it to know what is unsaved.
   */
  readonly changeSeq: number;
  /** What caused the latest content change: a command name, `undo:<name>`, `redo:<name>`. */
  readonly lastAction: string | null;

  /**
   * Applies a command; returns false (and records nothing) when it is a no-op.
   * A change of personas alone is a change without an undo step.
   */
  dispatch(command: CommandOf<C>, options?: DispatchOptions): boolean;
  /** Goes back one undo step; returns false when there is none. */
  undo(): boolean;
  /** Goes forward one step; returns false when there is none. */
  redo(): boolean;
  /** Closes the typing group (on blur, Enter, or before a different action). */
  endCoalesce(): void;
  /** Alias of `endCoalesce`, named for input handlers. */
  commitTyping(): void;
  /** Persistence reports a save: stamps revision/updatedAt/history, no undo step. */
  markSaved(meta: SavedMeta): void;
  /**
   * Replaces the whole document and clears the history (e.g. an import over
   * this service). Same service id only: another service gets its own store.
   */
  reset(definition: ServiceDefinition): void;
  /**
   * Takes `definition` as the saved document, like a fresh open: history
   * cleared, and no unsaved change (changeSeq unchanged), since it is what
   * storage already holds (a colleague's copy pulled by sync). Same id only.
   */
  load(definition: ServiceDefinition): void;
}

export type DocumentStoreApi<C extends CommandTable = CommandTable> = StoreApi<DocumentState<C>>;

/** Creates a document store that runs the ops of `commands`. */
export function createDocumentStoreWith<C extends CommandTable>(
  commands: C,
  initial: ServiceDefinition,
  options: DocumentStoreOptions = {},
): DocumentStoreApi<C> {
  const limit = Math.max(1, options.limit ?? DEFAULT_HISTORY_LIMIT);
  const idleMs = options.coalesceIdleMs ?? DEFAULT_COALESCE_IDLE_MS;
  const now = options.now ?? Date.now;

  return createStore<DocumentState<C>>()((set, get) => {
    const historyOf = (s: DocumentState<C>): UndoHistory<ServiceDefinition> => ({
      present: s.definition,
      past: s.past,
      future: s.future,
      group: s.group,
    });
    const fromHistory = (h: UndoHistory<ServiceDefinition>) => ({
      definition: h.present,
      past: h.past,
      future: h.future,
      group: h.group,
    });
    const step = (direction: 'undo' | 'redo'): boolean => {
      const state = get();
      const h = historyOf(state);
      const moved = direction === 'undo' ? undoHistory(h, carryUndoExempt) : redoHistory(h, carryUndoExempt);
      const entry = direction === 'undo' ? h.past[h.past.length - 1] : h.future[0];
      if (!entry) {
        if (moved !== h) set(fromHistory(moved));
        return false;
      }
      set({ ...fromHistory(moved), changeSeq: state.changeSeq + 1, lastAction: `${direction}:${entry.action}` });
      return true;
    };
    const endCoalesce = () => {
      const state = get();
      if (state.group) set({ group: closeGroup(historyOf(state)).group });
    };

    return {
      ...fromHistory(initHistory(initial)),
      changeSeq: 0,
      lastAction: null,

      dispatch(command, dispatchOptions = {}) {
        const op = Object.prototype.hasOwnProperty.call(commands, command.name) ? commands[command.name] : undefined;
        if (!op) throw new Error(`Unknown command: ${String(command.name)}`);
        const state = get();
        const next = op(state.definition, command.args);
        if (next === state.definition) return false;
        // A command that yields another service (duplicateService) is not an
        // edit of this one; undoing it would swap documents under autosave.
        if (next.id !== state.definition.id) {
          throw new Error(`Command ${command.name} changes the service id; run it outside the document store`);
        }
        // Personas are not undoable (undoExempt.ts): a change for autosave, no undo step.
        if (changesOnlyPersonas(state.definition, next)) {
          set({ definition: next, changeSeq: state.changeSeq + 1, lastAction: command.name });
          return true;
        }
        const h = record(historyOf(state), next, {
          action: command.name,
          coalesceKey: dispatchOptions.coalesceKey,
          now: now(),
          idleMs,
          limit,
        });
        set({ ...fromHistory(h), changeSeq: state.changeSeq + 1, lastAction: command.name });
        return true;
      },
      undo: () => step('undo'),
      redo: () => step('redo'),
      endCoalesce,
      commitTyping: endCoalesce,
      markSaved(meta) {
        const state = get();
        const definition = withSavedMeta(state.definition, meta);
        if (definition !== state.definition) set({ definition });
      },
      reset(definition) {
        if (definition.id !== get().definition.id) {
          throw new Error('reset must keep the service id; create a new store for another service');
        }
        set({ ...fromHistory(initHistory(definition)), changeSeq: get().changeSeq + 1, lastAction: 'reset' });
      },
      load(definition) {
        if (definition.id !== get().definition.id) {
          throw new Error('load must keep the service id; create a new store for another service');
        }
        set({ ...fromHistory(initHistory(definition)), lastAction: 'load' });
      },
    };
  });
}

/** Whether there is something to undo. Handy as a selector. */
export const selectCanUndo = (s: Pick<DocumentState, 'past'>): boolean => s.past.length > 0;
/** Whether there is something to redo. Handy as a selector. */
export const selectCanRedo = (s: Pick<DocumentState, 'future'>): boolean => s.future.length > 0;
