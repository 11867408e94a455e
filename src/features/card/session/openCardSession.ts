/** Opens a service for the card screens: its store and autosave, and how to close them. */
import { createStore } from 'zustand/vanilla';
import type { ServiceDefinition } from '../../../model/types';
import { startAutosave, type AutosaveStatus } from '../../../persistence/autosave';
import { createPendingJournal } from '../../../persistence/pendingJournal';
import type { ServiceRepository } from '../../../persistence/serviceRepository';
import { followPulledCopies } from '../../../persistence/sync/livePull';
import { pulledNotices } from '../../../persistence/sync/pulledNotice';
import { createDocumentStore } from '../../../store/documentStore';
import type { CardSession, LiveNotice } from './CardSession';

export function openCardSession(
  definition: ServiceDefinition,
  repository: Pick<ServiceRepository, 'put' | 'get'>,
  notices = pulledNotices,
): { session: CardSession; close(): Promise<void> } {
  const store = createDocumentStore(definition);
  const saveStatus = createStore<{ status: AutosaveStatus }>()(() => ({ status: { state: 'idle' } }));
  const liveNotice = createStore<LiveNotice>()(() => ({ outcome: null }));
  // Autosave stamps revision, time and the session's role on every save.
  const autosave = startAutosave(store, repository, { onStatus: (status) => saveStatus.setState({ status }) });
  // A colleague's change pulled by sync shows here at once (or waits for the comparison when saving).
  const unfollow = followPulledCopies(
    { serviceId: definition.id, get pending() { return autosave.pending; }, adopt: (d) => autosave.adopt(d) },
    { notices, repository, journal: createPendingJournal(), onOutcome: (outcome) => liveNotice.setState({ outcome }) },
  );
  return {
    session: { store, autosave, saveStatus, liveNotice },
    close: () => {
      unfollow();
      return autosave.stop();
    },
  };
}
