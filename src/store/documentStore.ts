/**
 * The document store bound to the real command table of `src/model`.
 * See `documentStoreCore.ts` for the behaviour (undo, coalescing, saved meta).
 */
import { commands } from '../model';
import type { ServiceDefinition } from '../model/types';
import type { CommandOf } from './commandTypes';
import {
  createDocumentStoreWith,
  type DocumentState,
  type DocumentStoreApi,
  type DocumentStoreOptions,
} from './documentStoreCore';

/** The table of every model command. */
export type ModelCommands = typeof commands;
/** Any model command message, e.g. `{ name: 'removeNode', args: { nodeId } }` (same as the model's `Command`). */
export type EditorCommand = CommandOf<ModelCommands>;
export type EditorDocumentState = DocumentState<ModelCommands>;
export type EditorDocumentStore = DocumentStoreApi<ModelCommands>;

/**
 * Creates the store of one open service, starting from `initial` (already
 * restored) with an empty undo history.
 */
export function createDocumentStore(initial: ServiceDefinition, options?: DocumentStoreOptions): EditorDocumentStore {
  return createDocumentStoreWith(commands, initial, options);
}
