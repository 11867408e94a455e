/** Opens a service for the card screens: its store and autosave, and how to close them. */
import { createStore } from 'zustand/vanilla';
import type { ServiceDefinition } from '../../../model/types';
import { startAutosave, type AutosaveStatus } from '../../../persistence/autosave';
import type { ServiceRepository } from '../../../persistence/serviceRepository';
import { createCardStore } from '../commands/cardCommands';
import type { CardSession } from './CardSession';

export function openCardSession(
  definition: ServiceDefinition,
  repository: Pick<ServiceRepository, 'put'>,
): { session: CardSession; close(): Promise<void> } {
  const store = createCardStore(definition);
  const saveStatus = createStore<{ status: AutosaveStatus }>()(() => ({ status: { state: 'idle' } }));
  // Autosave stamps revision, time and the session's role on every save.
  const autosave = startAutosave(store, repository, { onStatus: (status) => saveStatus.setState({ status }) });
  return { session: { store, autosave, saveStatus }, close: () => autosave.stop() };
}
