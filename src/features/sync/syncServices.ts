/**
 * The one sync runner of this tab, started on first use: by the app shell
 * after its first screen (when sync is configured) or by the sync panel.
 */
import { serviceRepository } from '../catalog/data/catalogServices';
import { getDatabase } from '../../persistence/db';
import { startSyncRunner, type SyncRunner } from '../../persistence/sync/runner';
import { readConfig } from '../../persistence/sync/syncStore';

let runner: SyncRunner | null = null;

export function syncRunner(): SyncRunner {
  runner ??= startSyncRunner({ db: getDatabase(), repository: serviceRepository });
  return runner;
}

/**
 * Called lazily by the app shell. The configuration is read here rather than
 * in a smaller module of its own: that module would split the first load's
 * Dexie chunk in two and cost more bytes than it saves.
 */
export async function startSyncIfConfigured(): Promise<void> {
  if (await readConfig(getDatabase())) syncRunner();
}
