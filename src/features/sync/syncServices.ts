/**
 * The one sync runner of this tab, started on first use: by the app shell
 * after first paint (when sync is configured) or by the sync panel.
 */
import { serviceRepository } from '../catalog/data/catalogServices';
import { getDatabase } from '../../persistence/db';
import { startSyncRunner, type SyncRunner } from '../../persistence/sync/runner';

let runner: SyncRunner | null = null;

export function syncRunner(): SyncRunner {
  runner ??= startSyncRunner({ db: getDatabase(), repository: serviceRepository });
  return runner;
}

/** Called lazily by the app shell: starts the runner only if sync is configured. */
export async function startSyncIfConfigured(): Promise<void> {
  const { readConfig } = await import('../../persistence/sync/syncStore');
  if (await readConfig(getDatabase())) syncRunner();
}
