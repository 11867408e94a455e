/**
 * The server's data layer: one interface, two implementations (SQLite by
 * default, PostgreSQL when DATABASE_URL is set) that behave the same — the
 * shared suite in `storeContract.test.ts` runs against both.
 *
 * The store owns the revision counter: 1 on create, +1 on every accepted
 * write (update, delete, revive). Writes are conditional on the revision the
 * caller last saw, atomically, so concurrent writers with the same
 * expectation get exactly one success.
 */
import type { RevisionAction, RevisionInfo, Role, ServiceDefinition, ServiceListItem } from '../../../src/model';

/** Who is writing, as the token says. */
export interface Author {
  user: string;
  role: Role;
}

/** The current copy of a service (the latest revision, possibly a tombstone). */
export interface StoredService {
  id: string;
  revision: number;
  deleted: boolean;
  /** The last definition written; for a tombstone, the one it had before deletion. */
  definition: ServiceDefinition;
  savedAt: string;
  savedBy: string;
  role: Role;
}

/** One stored revision with its definition (null for a tombstone). */
export interface StoredRevision extends RevisionInfo {
  definition: ServiceDefinition | null;
}

export type CreateResult = { ok: true; service: StoredService } | { ok: false; reason: 'exists'; current: StoredService };

/** A conditional write: `stale` carries the server's copy so that nothing is lost. */
export type WriteResult =
  | { ok: true; service: StoredService }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'stale'; current: StoredService }
  /** A delete on a tombstone: nothing to delete. */
  | { ok: false; reason: 'deleted'; current: StoredService };

export interface ServiceStore {
  /** Current copies, by id; tombstones only when asked. */
  list(options?: { includeDeleted?: boolean }): Promise<ServiceListItem[]>;
  get(id: string): Promise<StoredService | null>;
  /** Stores revision 1 of a new service; `exists` when the id is taken (tombstones included). */
  create(definition: ServiceDefinition, author: Author): Promise<CreateResult>;
  /**
   * Stores a new revision when the current one is `expectedRevision`. On a
   * tombstone, this revives the service.
   */
  update(id: string, expectedRevision: number, definition: ServiceDefinition, author: Author): Promise<WriteResult>;
  /** Stores a tombstone revision when the current one is `expectedRevision` (and is not already one). */
  delete(id: string, expectedRevision: number, author: Author): Promise<WriteResult>;
  /** Every revision, newest first; null when the service never existed. */
  revisions(id: string): Promise<RevisionInfo[] | null>;
  revision(id: string, revision: number): Promise<StoredRevision | null>;
  close(): Promise<void>;
}

/** The definition as stored: its `revision` is the server's counter. */
export function withRevision(definition: ServiceDefinition, revision: number): ServiceDefinition {
  return { ...definition, revision };
}

export type { RevisionAction };
