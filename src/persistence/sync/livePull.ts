/**
 * What an open session does when a pulled copy of its service was stored:
 * with nothing unsaved it takes the stored copy (read through the repository,
 * hence restore()) as a fresh load; with unsaved edits it keeps them — the
 * push will meet the newer revision and the conflict flow compares both.
 */
import type { ServiceDefinition } from '../../model/types';
import type { PendingJournal } from '../pendingJournal';
import type { ServiceRepository } from '../serviceRepository';
import type { PulledNotices } from './pulledNotice';

export type LivePullOutcome = 'replaced' | 'kept';

export interface LivePullSession {
  readonly serviceId: string;
  /** Whether some edit is not yet written (autosave). */
  readonly pending: boolean;
  /** Takes `definition` as the saved document; false when an edit slipped in meanwhile. */
  adopt(definition: ServiceDefinition): boolean;
}

export interface LivePullDeps {
  notices: PulledNotices;
  repository: Pick<ServiceRepository, 'get'>;
  journal: Pick<PendingJournal, 'read'>;
  onOutcome(outcome: LivePullOutcome): void;
}

const hasUnsaved = (session: LivePullSession, journal: LivePullDeps['journal']) =>
  session.pending || journal.read(session.serviceId) !== undefined;

/** Follows pulled copies of `session`'s service; returns how to stop. */
export function followPulledCopies(session: LivePullSession, deps: LivePullDeps): () => void {
  return deps.notices.subscribe((serviceId) => {
    if (serviceId !== session.serviceId) return;
    if (hasUnsaved(session, deps.journal)) {
      deps.onOutcome('kept');
      return;
    }
    void deps.repository.get(serviceId).then((result) => {
      if (!result.ok) return;
      // An edit typed while reading wins: it is kept, and compared when saved.
      const taken = !hasUnsaved(session, deps.journal) && session.adopt(result.definition);
      deps.onOutcome(taken ? 'replaced' : 'kept');
    });
  });
}
