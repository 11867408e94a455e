/**
 * Runs the sync engine in this tab: once at start (when configured), every
 * 30 s, soon after a local change reaches the outbox, when the browser comes
 * back online, and on demand («Sincronizza ora»). After a network failure it
 * retries with backoff. Tabs of one browser take turns through a Web Lock so
 * that two never send the same outbox at once.
 */
import { liveQuery } from 'dexie';
import { getDatabase, type MattonciniDb } from '../db';
import type { ServiceRepository } from '../serviceRepository';
import { createSyncEngine, type SyncEngine } from './engine';
import { backoffMs } from './plan';
import { readConfig, readHealth } from './syncStore';
import type { SyncHealth } from './types';

export interface SyncRunner {
  /** Runs a pass now (or joins the one under way). */
  syncNow(): Promise<SyncHealth>;
  stop(): void;
}

const PERIOD_MS = 30_000;
/** Quiet time after a local change before sending it (autosave writes every second while typing). */
const AFTER_CHANGE_MS = 1_500;

export interface RunnerOptions {
  db?: MattonciniDb;
  repository: ServiceRepository;
}

export function startSyncRunner({ db = getDatabase(), repository }: RunnerOptions): SyncRunner {
  const engine: SyncEngine = createSyncEngine({ db, repository });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const locked = (run: () => Promise<SyncHealth>): Promise<SyncHealth> =>
    typeof navigator !== 'undefined' && navigator.locks
      ? (navigator.locks.request('mattoncini-sync', run) as unknown as Promise<SyncHealth>)
      : run();

  function schedule(ms: number) {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void syncNow(), ms);
  }

  async function syncNow(): Promise<SyncHealth> {
    if (!(await readConfig(db))) return readHealth(db);
    const health = await locked(() => engine.runOnce());
    schedule(health.state === 'offline' ? backoffMs(engine.failures) : PERIOD_MS);
    return health;
  }

  const onOnline = () => void syncNow();
  window.addEventListener('online', onOnline);
  // Any new outbox row (this tab or another) is sent shortly after.
  let lastCount = -1;
  const subscription = liveQuery(() => db.outbox.count()).subscribe({
    next(count) {
      if (count > lastCount && lastCount !== -1) schedule(AFTER_CHANGE_MS);
      lastCount = count;
    },
  });
  void syncNow();

  return {
    syncNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      subscription.unsubscribe();
    },
  };
}
