/**
 * Immutable snapshot undo history with coalescing — pure functions, no store.
 *
 * Why our own instead of zundo's temporal middleware: two needs fight it.
 * (1) Coalescing by key ("one undo step per input being typed into") with an
 * idle gap and an explicit close; zundo only offers pause/resume and a
 * throttled `handleSet`. (2) Saved metadata (revision, updatedAt, history) is
 * written by persistence *after* the edit and must survive undo/redo; zundo
 * would roll it back with the snapshot. Snapshots share structure with the
 * present (pure ops copy only the changed path), so 200 of them stay cheap.
 */

/** One undo step: the document as it was before `action` was applied. */
export interface UndoStep<T> {
  readonly snapshot: T;
  /** Name of the command that this step undoes (for "Annulla: …" labels). */
  readonly action: string;
}

/** The open coalescing group: later dispatches with the same key join it. */
export interface CoalesceGroup {
  readonly key: string;
  /** Clock value (ms) of the last dispatch in the group; for the idle gap. */
  readonly lastAt: number;
}

export interface UndoHistory<T> {
  readonly present: T;
  /** Oldest first; the last entry is what `undo` goes back to. */
  readonly past: readonly UndoStep<T>[];
  /** Nearest first; the first entry is what `redo` goes forward to. */
  readonly future: readonly UndoStep<T>[];
  readonly group: CoalesceGroup | null;
}

export interface RecordOptions {
  /** Action name stored with the undo step. */
  action: string;
  /** Same key as the open group (and within `idleMs`) → no new undo step. */
  coalesceKey?: string;
  /** Current clock value in ms. */
  now: number;
  /** Longest pause that still continues a group. */
  idleMs: number;
  /** Most undo steps kept; older ones are dropped. */
  limit: number;
}

/** A fresh history whose present is `present`, with nothing to undo or redo. */
export function initHistory<T>(present: T): UndoHistory<T> {
  return { present, past: [], future: [], group: null };
}

/** Whether a dispatch with `key` at `now` continues the open group. */
export function continuesGroup(group: CoalesceGroup | null, key: string | undefined, now: number, idleMs: number): boolean {
  return key !== undefined && group !== null && group.key === key && now - group.lastAt <= idleMs;
}

/**
 * Records `next` as the new present. The caller has already dropped no-ops
 * (`next === present`), so every call here is a real change.
 */
export function record<T>(history: UndoHistory<T>, next: T, options: RecordOptions): UndoHistory<T> {
  const { action, coalesceKey, now, idleMs, limit } = options;
  if (continuesGroup(history.group, coalesceKey, now, idleMs)) {
    // The group's undo step already holds the state before the first key press.
    return { present: next, past: history.past, future: [], group: { key: coalesceKey!, lastAt: now } };
  }
  const past = [...history.past, { snapshot: history.present, action }];
  return {
    present: next,
    past: past.length > limit ? past.slice(past.length - limit) : past,
    future: [],
    group: coalesceKey === undefined ? null : { key: coalesceKey, lastAt: now },
  };
}

/**
 * Goes back one step. `carry` lets the caller keep parts of the present that
 * are not undoable (saved metadata) on the restored snapshot.
 */
export function undoHistory<T>(history: UndoHistory<T>, carry: (snapshot: T, present: T) => T = (s) => s): UndoHistory<T> {
  const step = history.past[history.past.length - 1];
  if (!step) return history.group ? { ...history, group: null } : history;
  return {
    present: carry(step.snapshot, history.present),
    past: history.past.slice(0, -1),
    future: [{ snapshot: history.present, action: step.action }, ...history.future],
    group: null,
  };
}

/** Goes forward one step; see `undoHistory` for `carry`. */
export function redoHistory<T>(history: UndoHistory<T>, carry: (snapshot: T, present: T) => T = (s) => s): UndoHistory<T> {
  const [step, ...rest] = history.future;
  if (!step) return history.group ? { ...history, group: null } : history;
  return {
    present: carry(step.snapshot, history.present),
    past: [...history.past, { snapshot: history.present, action: step.action }],
    future: rest,
    group: null,
  };
}

/** Closes the open coalescing group, so the next dispatch is a new undo step. */
export function closeGroup<T>(history: UndoHistory<T>): UndoHistory<T> {
  return history.group ? { ...history, group: null } : history;
}
