/**
 * The command table of the card, requirements and settings screens: every
 * model command plus the adapter commands above (requirements, technical
 * settings, raw JSON). One document store runs them all, so undo/redo and
 * autosave (which records each save's actions and role) work the same way.
 */
import { commands } from '../../../model';
import { createDocumentStoreWith, type DocumentStoreApi, type DocumentStoreOptions } from '../../../store/documentStoreCore';
import type { CommandOf } from '../../../store/commandTypes';
import type { ServiceDefinition } from '../../../model/types';
import { addRequirement, moveRequirement, removeRequirement, updateRequirement } from './requirementOps';
import { replaceContent, updateTechnical } from './technicalOps';

export const cardCommands = {
  ...commands,
  addRequirement,
  updateRequirement,
  removeRequirement,
  moveRequirement,
  updateTechnical,
  replaceContent,
} as const;

export type CardCommands = typeof cardCommands;
export type CardCommand = CommandOf<CardCommands>;
export type CardStore = DocumentStoreApi<CardCommands>;

/** The document store of one service opened in the card screens. */
export function createCardStore(initial: ServiceDefinition, options?: DocumentStoreOptions): CardStore {
  return createDocumentStoreWith(cardCommands, initial, options);
}
