/** The sync engine's vocabulary, shared by its pure decisions, its I/O and the screens. */
import type { SyncStateRow } from '../db';

/** Where to sync and as whom (kept in the meta table under `sync.config`). */
export interface SyncConfig {
  /** Server origin, e.g. `https://servizi.comune.example`; the app's own origin by default. */
  url: string;
  /** Bearer token given by the server's administrator. */
  token: string;
  /** Who the token belongs to, as the server said at «Verifica connessione». */
  user?: string;
  role?: string;
}

/** How the engine's last attempt went, as a whole (meta `sync.health`). */
export interface SyncHealth {
  state: 'idle' | 'syncing' | 'ok' | 'offline' | 'error';
  /** ms of the last complete sync. */
  lastSyncAt: number | null;
  /** Italian, for 'error' (e.g. token non valido). */
  message?: string;
  /** ms of the next automatic attempt after a failure. */
  retryAt?: number;
}

/** What one service shows: in sync, local changes, conflict, offline, error, or never sent. */
export type ServiceSyncStatus = 'synced' | 'pending' | 'conflict' | 'offline' | 'error' | 'local';

export type { SyncStateRow };
