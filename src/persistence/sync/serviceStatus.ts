/** One service's sync status from what is stored: pure, so the badge and its tests agree. */
import type { SyncHealth, SyncStateRow, ServiceSyncStatus } from './types';

/**
 * Conflict first (it needs the official), then a refusal from the server (of
 * this service, or of the whole pass),
 * then unsent changes (shown as offline while the server cannot be reached),
 * then in step, and «only here» for a service the server has never had.
 */
export function serviceSyncStatus(
  state: SyncStateRow | undefined,
  pendingRows: number,
  health: Pick<SyncHealth, 'state'> | undefined,
): ServiceSyncStatus {
  if (state?.conflict) return 'conflict';
  // Refused for this service, or for all (a token no longer valid): the change is not going out.
  if (pendingRows > 0 && (state?.error || health?.state === 'error')) return 'error';
  if (pendingRows > 0) return health?.state === 'offline' ? 'offline' : 'pending';
  // Deleted on the server but kept here (never synced, or restored): only this device has it.
  if (state && state.serverRevision !== null && !state.serverDeleted) return 'synced';
  return 'local';
}
