/**
 * The official's three answers to a conflict. None drops a version: «Tieni la
 * mia» sends the local copy over the server's revision (the server keeps its
 * old revision in its history); «Tieni quella del server» puts the local copy
 * in the trash as a separate service before replacing it; «Tieni entrambe»
 * keeps the server's copy under this id and the local one as a new service.
 */
import { duplicateService } from '../../model';
import type { ServiceDefinition } from '../../model/types';
import type { MattonciniDb, SyncConflict } from '../db';
import type { ServiceRepository } from '../serviceRepository';
import { pulledNotices, type PulledNotices } from './pulledNotice';
import { patchState } from './syncStore';

export interface ResolveDeps {
  db: MattonciniDb;
  repository: ServiceRepository;
  now?: () => number;
  /** Told when the server's copy becomes the local one, as after a pull (default: the app's channel). */
  notices?: Pick<PulledNotices, 'publish'>;
}

export type Resolution = 'mine' | 'theirs' | 'both';

const MAX_TITLE = 160;

/** «Titolo (mia versione)», cut so that the whole stays within the title's limit. */
export function suffixedTitle(title: string, suffix: string): string {
  return title.slice(0, MAX_TITLE - suffix.length) + suffix;
}

async function conflictAndMine(deps: ResolveDeps, serviceId: string): Promise<{ conflict: SyncConflict; mine: ServiceDefinition }> {
  const state = await deps.db.syncState.get(serviceId);
  if (!state?.conflict) throw new Error('Questo servizio non ha conflitti da risolvere.');
  const local = await deps.repository.get(serviceId);
  if (!local.ok) throw new Error(`La versione locale non si può leggere: ${local.errors[0]?.message ?? ''}`);
  return { conflict: state.conflict, mine: local.definition };
}

/** The server's copy becomes the local one; the local rows are dropped (the local copy was kept elsewhere first). */
async function takeTheirs(deps: ResolveDeps, conflict: SyncConflict, mine: ServiceDefinition): Promise<void> {
  const { db, repository } = deps;
  const now = deps.now ?? Date.now;
  await db.transaction('rw', [db.services, db.meta, db.outbox, db.syncState], async () => {
    const localRevision = mine.revision + 1;
    await repository.put({ ...conflict.current, revision: localRevision }, { fromSync: true });
    await db.outbox.where('serviceId').equals(mine.id).delete();
    await patchState(db, mine.id, {
      serverRevision: conflict.revision,
      serverDeleted: false,
      conflict: null,
      error: null,
      syncedAt: now(),
      pulledLocalRevision: localRevision,
    });
  });
}

/** Applies the official's choice locally; the next sync pass sends what it queued. Returns the new service's id for «both». */
export async function resolveConflict(deps: ResolveDeps, serviceId: string, choice: Resolution): Promise<string | null> {
  const { db, repository } = deps;
  const now = deps.now ?? Date.now;
  const { conflict, mine } = await conflictAndMine(deps, serviceId);
  if (choice === 'mine') {
    // Based on the server's revision now: the queued change goes out as a PUT over it.
    await db.transaction('rw', [db.services, db.meta, db.outbox, db.syncState], async () => {
      if ((await db.outbox.where('serviceId').equals(serviceId).count()) === 0) await repository.put(mine);
      await patchState(db, serviceId, { conflict: null, error: null, serverRevision: conflict.revision, serverDeleted: false, pulledLocalRevision: null });
    });
    return null;
  }
  const suffix = choice === 'both' ? ' (mia versione)' : ' (versione locale scartata)';
  const copy = duplicateService(mine, { now: new Date(now()), title: suffixedTitle(mine.card.title, suffix) });
  await repository.put(copy);
  // Never dropped: the discarded local version waits in the trash, where it can be restored.
  if (choice === 'theirs') await repository.softDelete(copy.id);
  await takeTheirs(deps, conflict, mine);
  // Like a pull: an editor of this service open in another tab must show the server's copy, or its next save
  // would send the version the official just chose not to keep.
  (deps.notices ?? pulledNotices).publish(serviceId);
  return choice === 'both' ? copy.id : null;
}
