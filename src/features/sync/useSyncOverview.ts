/**
 * Everything the sync screens show, read live from IndexedDB (Dexie live
 * queries): the screens update as the engine — in this tab or another —
 * writes, with no event plumbing of their own.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type SyncStateRow } from '../../persistence/db';
import { serviceSyncStatus } from '../../persistence/sync/serviceStatus';
import { readConfig, readHealth, readStates } from '../../persistence/sync/syncStore';
import type { ServiceSyncStatus, SyncConfig, SyncHealth } from '../../persistence/sync/types';

export interface SyncOverview {
  config: SyncConfig | undefined;
  health: SyncHealth;
  states: Map<string, SyncStateRow>;
  /** Unsent outbox rows per service. */
  pending: Map<string, number>;
  pendingTotal: number;
  statusOf(serviceId: string): ServiceSyncStatus;
}

async function readOverview(): Promise<SyncOverview> {
  const db = getDatabase();
  const [config, health, states, rows] = await Promise.all([readConfig(db), readHealth(db), readStates(db), db.outbox.toArray()]);
  const pending = new Map<string, number>();
  for (const row of rows) pending.set(row.serviceId, (pending.get(row.serviceId) ?? 0) + 1);
  return {
    config,
    health,
    states,
    pending,
    pendingTotal: rows.length,
    statusOf: (id) => serviceSyncStatus(states.get(id), pending.get(id) ?? 0, health),
  };
}

/** The overview, or undefined while the first read is under way. */
export function useSyncOverview(): SyncOverview | undefined {
  return useLiveQuery(readOverview, []);
}
