/**
 * Types for commands: a named pure op `(definition, args) → definition` and
 * the `{ name, args }` message that the editor dispatches to run it.
 */
import type { ServiceDefinition } from '../model/types';

/**
 * A pure edit operation. Returns the very same object when nothing changes,
 * which the store takes as "nothing to record".
 */
// `any` args: the table is heterogeneous; `CommandOf` recovers each op's own type.
export type Op<A = any> = (definition: ServiceDefinition, args: A) => ServiceDefinition;

/** A name → op table, such as `commands` from `src/model`. */
export type CommandTable = Record<string, Op>;

/** The message for one op of table `C`: `{ name: 'moveNode', args: { nodeId, to } }`. */
export type CommandOf<C extends CommandTable> = {
  [K in keyof C & string]: { name: K; args: Parameters<C[K]>[1] };
}[keyof C & string];

/** Options of a single dispatch. */
export interface DispatchOptions {
  /**
   * Consecutive dispatches with the same key (within the idle gap) form ONE
   * undo step, e.g. `props:<nodeId>:label` while typing into one input.
   */
  coalesceKey?: string;
}
