/**
 * The repository's one hook into sync: while sync is configured, every local
 * write records an outbox row inside the write's own transaction, so a change
 * and its "to be sent" note are stored together or not at all. Kept tiny: the
 * repository is in the editor's first load, the sync engine is not.
 */
import type { MattonciniDb } from '../db';

/** Meta key of the sync configuration ({@link SyncConfig}); its presence means "sync is on". */
export const SYNC_CONFIG_KEY = 'sync.config';

/** What a row asks the engine to do: send the local copy, or send its deletion. */
export type OutboxKind = 'put' | 'delete';

/** Adds one outbox row per change when sync is configured. Call inside a transaction over meta and outbox. */
export async function enqueueIfSyncing(
  db: MattonciniDb,
  changes: readonly { id: string; revision: number }[],
  kind: OutboxKind,
  createdAt: number,
): Promise<void> {
  if (!changes.length || !(await db.meta.get(SYNC_CONFIG_KEY))) return;
  await db.outbox.bulkAdd(changes.map((c) => ({ serviceId: c.id, kind, revision: c.revision, createdAt })));
}
