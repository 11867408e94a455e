/**
 * The edit operations of a service definition: each a pure
 * `(definition, args) → definition`, immutable with structural sharing, that
 * returns the same object when it changes nothing or the request is invalid
 * (so the store can skip recording an undo step).
 */
import type { ServiceDefinition } from '../types';
import { addStep } from './addStep';
import { duplicateNode } from './duplicateNode';
import { duplicateService } from './duplicateService';
import { insertNode } from './insertNode';
import { moveNode } from './moveNode';
import { moveStep } from './moveStep';
import { removePersona, savePersona } from './personas';
import { removeNode } from './removeNode';
import { removeStep } from './removeStep';
import { renameStep } from './renameStep';
import { addRequirement, moveRequirement, removeRequirement, updateRequirement } from './requirements';
import { setSchedule } from './setSchedule';
import { setStatus } from './setStatus';
import { replaceContent, updateTechnical } from './technical';
import { updateCard } from './updateCard';
import { updateNode } from './updateNode';
import { updateNodeProps } from './updateNodeProps';

export { addStep, type AddStepArgs } from './addStep';
export { duplicateNode, type DuplicateNodeArgs } from './duplicateNode';
export { duplicateService, type DuplicateServiceArgs } from './duplicateService';
export { insertNode, type InsertNodeArgs } from './insertNode';
export { moveNode, type MoveNodeArgs } from './moveNode';
export { moveStep, type MoveStepArgs } from './moveStep';
export { removePersona, savePersona } from './personas';
export { removeNode, type RemoveNodeArgs } from './removeNode';
export { removeStep, type RemoveStepArgs } from './removeStep';
export { renameStep, type RenameStepArgs } from './renameStep';
export {
  addRequirement,
  moveRequirement,
  removeRequirement,
  updateRequirement,
  type AddRequirementArgs,
  type MoveRequirementArgs,
  type RemoveRequirementArgs,
  type UpdateRequirementArgs,
} from './requirements';
export { setSchedule, type SetScheduleArgs } from './setSchedule';
export { setStatus, type SetStatusArgs } from './setStatus';
export { replaceContent, updateTechnical, type ReplaceContentArgs, type UpdateTechnicalArgs } from './technical';
export { updateCard, type UpdateCardArgs } from './updateCard';
export { updateNode, type UpdateNodeArgs } from './updateNode';
export { updateNodeProps, type UpdateNodePropsArgs } from './updateNodeProps';

/**
 * Every operation by name, so that the editor store can dispatch a
 * serialisable `{ name, args }` and record it (e.g. for undo labels).
 * `duplicateService` is here too, though it yields a new service rather than
 * an edit of the same one.
 */
export const commands = {
  insertNode,
  moveNode,
  updateNodeProps,
  updateNode,
  removeNode,
  duplicateNode,
  addStep,
  renameStep,
  moveStep,
  removeStep,
  updateCard,
  setStatus,
  setSchedule,
  addRequirement,
  updateRequirement,
  removeRequirement,
  moveRequirement,
  updateTechnical,
  replaceContent,
  // Outside undo history: the store treats personas as preview data (store/undoExempt.ts).
  savePersona,
  removePersona,
  duplicateService,
} as const satisfies Record<string, (def: ServiceDefinition, args: never) => ServiceDefinition>;

/** Name of a command. */
export type CommandName = keyof typeof commands;
/** Arguments of the command `N`. */
export type CommandArgs<N extends CommandName> = Parameters<(typeof commands)[N]>[1];
/** A command as dispatched by the store: `{ name: 'moveNode', args: { nodeId, to } }`. */
export type Command = { [N in CommandName]: { name: N; args: CommandArgs<N> } }[CommandName];

/** Applies a command by name; an unknown name changes nothing. */
export function applyCommand(def: ServiceDefinition, command: Command): ServiceDefinition {
  if (!Object.prototype.hasOwnProperty.call(commands, command.name)) return def;
  const run = commands[command.name] as (def: ServiceDefinition, args: unknown) => ServiceDefinition;
  return run(def, command.args);
}
