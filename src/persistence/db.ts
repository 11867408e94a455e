/**
 * The local IndexedDB database, through Dexie. The schema is versioned: to
 * change it, add `this.version(2).stores({...}).upgrade(...)` below and never
 * edit version 1, which browsers in the field already hold.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ServiceDefinition, ServiceStatus } from '../model/types';

/** Default database name. */
export const DATABASE_NAME = 'mattoncini';

/**
 * One stored service. `definition` is the full JSON document; the other
 * columns are copies for indexing and for listing without restoring.
 */
export interface ServiceRow {
  id: string;
  /** As stored: treat as untrusted until it has gone through `restore()`. */
  definition: ServiceDefinition;
  /** `Date.parse(definition.updatedAt)`, a number so it sorts correctly whatever the offset. */
  updatedAt: number;
  status: ServiceStatus;
  title: string;
  /** When moved to the trash (ms); null while in the catalogue. */
  deletedAt: number | null;
}

/** Small app-wide facts, e.g. `{ key: 'templatesSeeded', value: true }`. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Changes waiting to be sent to a server (sync is a later feature). Declared
 * now so that adding sync does not need a schema upgrade.
 */
export interface OutboxRow {
  seq: number;
  serviceId: string;
  kind: string;
  revision: number;
  createdAt: number;
  payload?: unknown;
}

/**
 * What this app knows of one service on the sync server (version 2). The
 * server's revision is its own counter, never the local `definition.revision`.
 */
export interface SyncStateRow {
  serviceId: string;
  /** The server's revision last seen (its ETag); null while the server has never had it. */
  serverRevision: number | null;
  /** The server holds a tombstone at `serverRevision`. */
  serverDeleted: boolean;
  /** A conflict waiting for the official: the server's copy, kept whole so nothing is lost. */
  conflict: SyncConflict | null;
  /** The last refusal from the server for this service (401/403/422…), Italian, shown on it. */
  error: string | null;
  /** ms of the last exchange that left this service in step with the server. */
  syncedAt: number | null;
  /**
   * Local revision given to the last copy pulled from the server. A local
   * write at or below it was made on top of an older copy (an editor left
   * open during the pull): sending it would overwrite the pulled changes.
   */
  pulledLocalRevision: number | null;
}

/** The server's side of a conflict. */
export interface SyncConflict {
  current: ServiceDefinition;
  revision: number;
  savedBy?: string;
  savedAt?: string;
  role?: string;
}

/** The Mattoncini database. */
export class MattonciniDb extends Dexie {
  services!: EntityTable<ServiceRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  syncState!: EntityTable<SyncStateRow, 'serviceId'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Only indexed columns are listed. IndexedDB leaves rows whose key is null
    // out of an index, so the `deletedAt` index holds exactly the trash.
    this.version(1).stores({
      services: 'id, updatedAt, status, deletedAt',
      meta: 'key',
      outbox: '++seq, serviceId',
    });
    // Version 2: what the sync engine remembers of each service on the server.
    this.version(2).stores({ syncState: 'serviceId' });
  }
}

let shared: MattonciniDb | null = null;

/** The app's database, opened lazily on first use. */
export function getDatabase(): MattonciniDb {
  shared ??= new MattonciniDb();
  return shared;
}
