/**
 * The sync engine: one pass pulls what others changed, then pushes the
 * outbox, following the decisions of `plan.ts`. It never overwrites either
 * side: a newer server copy met by local changes becomes a conflict that keeps
 * the server's copy whole in the sync state until the official chooses.
 *
 * Loaded lazily (never in the editor's first load); `runner.ts` schedules it.
 */
import { restore, type RestoreOptions } from '../../model';
import type { ApiError, ServiceListItem } from '../../model/api';
import { sameContent } from '../../model/diff';
import type { ServiceDefinition } from '../../model/types';
import type { MattonciniDb, SyncConflict } from '../db';
import { createPendingJournal, type PendingJournal } from '../pendingJournal';
import type { ServiceRepository } from '../serviceRepository';
import { createSyncApi, refusalMessage, type ApiResult, type FetchLike, type SyncApi } from './apiClient';
import { enqueueIfSyncing } from './outboxHook';
import { planPull, planPush, type LocalPresence, type PullTask, type PushTask } from './plan';
import { patchState, readConfig, readHealth, readStates, writeHealth } from './syncStore';
import type { SyncHealth } from './types';
import { pulledNotices, type PulledNotices } from './pulledNotice';

export interface SyncEngineOptions {
  db: MattonciniDb;
  repository: ServiceRepository;
  fetch?: FetchLike;
  now?: () => number;
  restoreOptions?: RestoreOptions;
  journal?: PendingJournal;
  /** Told after a pulled copy was stored, so open sessions can show it (default: `pulledNotices`). */
  notices?: Pick<PulledNotices, 'publish'>;
}

export interface SyncEngine {
  /** One full pass (pull, then push); resolves with the resulting health. Concurrent calls share one pass. */
  runOnce(): Promise<SyncHealth>;
  /** Network failures in a row (for the runner's backoff). */
  readonly failures: number;
}

/** A pass stops at once when the server cannot be reached or refuses the token. */
class StopPass extends Error {
  constructor(readonly health: 'offline' | 'error', readonly detail: string) {
    super(detail);
  }
}

const TOKEN_REFUSED = 'Token non valido: controlla il campo «Token di accesso».';

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, repository, restoreOptions } = options;
  const now = options.now ?? Date.now;
  const journal = options.journal ?? createPendingJournal();
  const notices = options.notices ?? pulledNotices;
  let running: Promise<SyncHealth> | null = null;
  let failures = 0;

  /** Stops the pass on "unreachable" and on 401; any other result is the caller's to judge. */
  function guard<T>(result: ApiResult<T>): ApiResult<T> {
    if (!result.ok && result.status === 0) throw new StopPass('offline', result.error.message);
    if (!result.ok && result.status === 401) throw new StopPass('error', TOKEN_REFUSED);
    return result;
  }

  async function presenceMap(): Promise<Map<string, Exclude<LocalPresence, 'gone'>>> {
    const map = new Map<string, Exclude<LocalPresence, 'gone'>>();
    await db.services.each((row) => map.set(row.id, row.deletedAt === null ? 'active' : 'trashed'));
    return map;
  }

  /**
   * Stores the server's copy as the local one — unless a local change slipped
   * in meanwhile (checked in the same transaction), whose push will then meet
   * the newer revision as a conflict. The local revision keeps counting up
   * from the local one: it is never the server's.
   */
  async function storeServerCopy(definition: ServiceDefinition, serverRevision: number, force = false): Promise<boolean> {
    const id = definition.id;
    return db.transaction('rw', [db.services, db.meta, db.outbox, db.syncState], async () => {
      if (!force && ((await db.outbox.where('serviceId').equals(id).count()) > 0 || journal.read(id))) return false;
      const existing = await db.services.get(id);
      const localRevision = Math.max(existing?.definition.revision ?? 0, 0) + 1;
      await repository.put({ ...definition, revision: localRevision }, { fromSync: true });
      if (existing && existing.deletedAt !== null) await repository.restoreFromTrash(id, { fromSync: true });
      await patchState(db, id, {
        serverRevision,
        serverDeleted: false,
        conflict: null,
        error: null,
        syncedAt: now(),
        pulledLocalRevision: localRevision,
      });
      return true;
    });
  }

  /** Who saved the server's latest revision, for the conflict screen. */
  async function conflictOf(api: SyncApi, current: ServiceDefinition, revision: number, item?: ServiceListItem): Promise<SyncConflict> {
    if (item && item.revision === revision) return { current, revision, savedBy: item.savedBy, savedAt: item.savedAt, role: item.role };
    const history = await api.revisions(current.id);
    const latest = history.ok ? history.body.revisions.find((r) => r.revision === revision) ?? history.body.revisions[0] : undefined;
    return { current, revision, savedBy: latest?.savedBy, savedAt: latest?.savedAt, role: latest?.role };
  }

  async function pullOne(api: SyncApi, task: PullTask, item: ServiceListItem): Promise<void> {
    const id = task.serviceId;
    if (task.action === 'remember-deleted') {
      await patchState(db, id, { serverRevision: task.revision, serverDeleted: true, error: null, syncedAt: now() });
      return;
    }
    if (task.action === 'trash') {
      await db.transaction('rw', [db.services, db.meta, db.outbox, db.syncState], async () => {
        if ((await db.outbox.where('serviceId').equals(id).count()) > 0) return;
        await repository.softDelete(id, { fromSync: true });
        await patchState(db, id, { serverRevision: task.revision, serverDeleted: true, error: null, syncedAt: now() });
      });
      return;
    }
    const fetched = guard(await api.get(id));
    if (!fetched.ok) {
      if (fetched.error.code === 'deleted') await patchState(db, id, { serverRevision: fetched.error.revision ?? task.revision, serverDeleted: true });
      return;
    }
    const restored = restore(fetched.body, restoreOptions);
    if (!restored.ok || restored.definition.id !== id) {
      await patchState(db, id, { error: `La copia sul server non è valida: ${restored.ok ? 'identificativo diverso' : restored.errors[0]?.message}` });
      return;
    }
    const serverRevision = fetched.revision ?? task.revision;
    if (task.action === 'fetch') {
      if (await storeServerCopy(restored.definition, serverRevision)) notices.publish(id);
      return;
    }
    // 'compare': a copy here that was never synced.
    const local = await repository.get(id);
    if (local.ok && sameContent(local.definition, restored.definition)) {
      await patchState(db, id, { serverRevision, serverDeleted: false, error: null, syncedAt: now(), pulledLocalRevision: local.definition.revision });
    } else {
      await patchState(db, id, { conflict: await conflictOf(api, restored.definition, serverRevision, item) });
    }
  }

  async function pull(api: SyncApi, list: readonly ServiceListItem[]): Promise<void> {
    const states = await readStates(db);
    const pending = new Set((await db.outbox.toArray()).map((r) => r.serviceId));
    const local = await presenceMap();
    for (const id of local.keys()) if (journal.read(id)) pending.add(id);
    const plan = planPull(list, states, local, pending);
    const items = new Map(list.map((i) => [i.id, i]));
    for (const task of plan.tasks) await pullOne(api, task, items.get(task.serviceId)!);
    if (plan.toEnqueue.length) {
      const rows = await db.services.bulkGet(plan.toEnqueue);
      await db.transaction('rw', [db.meta, db.outbox], () =>
        enqueueIfSyncing(db, rows.flatMap((r) => (r ? [r.definition] : [])), 'put', now()),
      );
    }
  }

  /** After a refusal with the server's copy (409/412): same content is no conflict; else keep both. */
  async function onStale(api: SyncApi, task: PushTask, error: ApiError, mine: ServiceDefinition | null): Promise<void> {
    const id = task.serviceId;
    const current = error.current;
    const revision = error.revision ?? current?.revision;
    if (!current || revision === undefined) {
      // A tombstone: our next PUT with its revision revives the service with our copy; nothing is lost.
      if (revision !== undefined) await patchState(db, id, { serverRevision: revision, serverDeleted: true });
      return;
    }
    if (mine && sameContent(mine, current)) {
      await db.outbox.bulkDelete(task.seqs);
      await patchState(db, id, { serverRevision: revision, serverDeleted: false, error: null, syncedAt: now() });
      return;
    }
    await patchState(db, id, { conflict: await conflictOf(api, current, revision), error: null });
  }

  async function pushOne(api: SyncApi, task: PushTask): Promise<void> {
    const id = task.serviceId;
    if (task.action === 'drop') {
      await db.outbox.bulkDelete(task.seqs);
      return;
    }
    if (task.action === 'stale-base') {
      const fetched = guard(await api.get(id));
      if (fetched.ok) await patchState(db, id, { conflict: await conflictOf(api, fetched.body, fetched.revision ?? fetched.body.revision) });
      return;
    }
    let mine: ServiceDefinition | null = null;
    let result: ApiResult<unknown>;
    if (task.action === 'delete') {
      result = guard(await api.remove(id, task.ifMatch));
    } else {
      const local = await repository.get(id);
      if (!local.ok) {
        await patchState(db, id, { error: `Il servizio locale non è valido e non può essere inviato: ${local.errors[0]?.message ?? ''}` });
        return;
      }
      mine = local.definition;
      result = guard(task.action === 'create' ? await api.create(mine) : await api.update(mine, task.ifMatch));
    }
    if (result.ok) {
      await db.outbox.bulkDelete(task.seqs);
      const fallback = task.action === 'create' ? 1 : task.ifMatch + 1;
      await patchState(db, id, { serverRevision: result.revision ?? fallback, serverDeleted: task.action === 'delete', error: null, syncedAt: now() });
    } else if (result.status === 409 || result.status === 412) {
      await onStale(api, task, result.error, mine);
    } else if (result.status === 410) {
      // Already deleted there: our deletion has nothing left to do.
      await db.outbox.bulkDelete(task.seqs);
      await patchState(db, id, { serverRevision: result.error.revision ?? null, serverDeleted: true, error: null, syncedAt: now() });
    } else if (result.status === 404 && task.action !== 'create') {
      // The server has forgotten it (a new server): send it again as new.
      await patchState(db, id, { serverRevision: null, serverDeleted: false, error: null });
    } else {
      await patchState(db, id, { error: refusalMessage(result.error) });
    }
  }

  async function push(api: SyncApi): Promise<void> {
    const rows = await db.outbox.orderBy('seq').toArray();
    if (!rows.length) return;
    const local = await presenceMap();
    const tasks = planPush(rows, await readStates(db), (id) => local.get(id) ?? 'gone');
    for (const task of tasks) await pushOne(api, task);
  }

  async function pass(): Promise<SyncHealth> {
    const config = await readConfig(db);
    const before = await readHealth(db);
    if (!config) return before;
    await writeHealth(db, { ...before, state: 'syncing' });
    const api = createSyncApi(config, options.fetch);
    let health: SyncHealth;
    try {
      const list = guard(await api.list());
      if (!list.ok) throw new StopPass('error', refusalMessage(list.error));
      await pull(api, list.body.services);
      await push(api);
      failures = 0;
      health = { state: 'ok', lastSyncAt: now() };
    } catch (error) {
      const stop = error instanceof StopPass ? error : new StopPass('error', `Sincronizzazione interrotta: ${error instanceof Error ? error.message : String(error)}`);
      failures = stop.health === 'offline' ? failures + 1 : 0;
      health = { state: stop.health, lastSyncAt: before.lastSyncAt, message: stop.detail };
    }
    // Disconnected meanwhile: leave the idle health that «Disconnetti» wrote.
    if (await readConfig(db)) await writeHealth(db, health);
    return health;
  }

  return {
    runOnce() {
      running ??= pass().finally(() => {
        running = null;
      });
      return running;
    },
    get failures() {
      return failures;
    },
  };
}
