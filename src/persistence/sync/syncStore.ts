/** What sync keeps in IndexedDB: its configuration and health (meta table) and per-service state. */
import type { MattonciniDb, SyncStateRow } from '../db';
import { SYNC_CONFIG_KEY } from './outboxHook';
import type { SyncConfig, SyncHealth } from './types';

export const SYNC_HEALTH_KEY = 'sync.health';

export const IDLE_HEALTH: SyncHealth = { state: 'idle', lastSyncAt: null };

export async function readConfig(db: MattonciniDb): Promise<SyncConfig | undefined> {
  const value = (await db.meta.get(SYNC_CONFIG_KEY))?.value as SyncConfig | undefined;
  return value && typeof value.url === 'string' && typeof value.token === 'string' ? value : undefined;
}

/** Turns sync on: from now on local changes are queued. */
export async function writeConfig(db: MattonciniDb, config: SyncConfig): Promise<void> {
  await db.meta.put({ key: SYNC_CONFIG_KEY, value: config });
}

/**
 * «Disconnetti»: stops queueing and syncing. Local services, unsent rows and
 * conflicts stay, so reconnecting later sends what was left.
 */
export async function clearConfig(db: MattonciniDb): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.delete(SYNC_CONFIG_KEY);
    await db.meta.put({ key: SYNC_HEALTH_KEY, value: IDLE_HEALTH });
  });
}

export async function readHealth(db: MattonciniDb): Promise<SyncHealth> {
  return ((await db.meta.get(SYNC_HEALTH_KEY))?.value as SyncHealth | undefined) ?? IDLE_HEALTH;
}

export async function writeHealth(db: MattonciniDb, health: SyncHealth): Promise<void> {
  await db.meta.put({ key: SYNC_HEALTH_KEY, value: health });
}

/** A service's state with defaults for one never synced. */
export function emptyState(serviceId: string): SyncStateRow {
  return { serviceId, serverRevision: null, serverDeleted: false, conflict: null, error: null, syncedAt: null, pulledLocalRevision: null };
}

export async function readStates(db: MattonciniDb): Promise<Map<string, SyncStateRow>> {
  const rows = await db.syncState.toArray();
  return new Map(rows.map((r) => [r.serviceId, r]));
}

/** Merges `change` into the service's state (created when missing). */
export async function patchState(db: MattonciniDb, serviceId: string, change: Partial<SyncStateRow>): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const current = (await db.syncState.get(serviceId)) ?? emptyState(serviceId);
    await db.syncState.put({ ...current, ...change, serviceId });
  });
}
