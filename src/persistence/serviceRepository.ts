/**
 * The only way the app reads and writes services locally. Every read goes
 * through `restore()` (migrate + validate): a stored row that no longer passes
 * comes back as an error result naming the JSON paths, never half-loaded and
 * never as an exception, so the catalogue keeps working around a broken row.
 */
import { restore, type RestoreOptions } from '../model';
import type { Issue } from '../model/issues';
import type { ServiceDefinition, ServiceStatus } from '../model/types';
import { getDatabase, type MattonciniDb, type ServiceRow } from './db';
import { createPendingJournal, type PendingJournal } from './pendingJournal';
import { enqueueIfSyncing } from './sync/outboxHook';

/** What the catalogue and the trash show, without loading the document. */
export interface ServiceSummary {
  id: string;
  title: string;
  status: ServiceStatus;
  /** ms since epoch. */
  updatedAt: number;
  /** ms since epoch; null when not in the trash. */
  deletedAt: number | null;
}

/** Result of `get`: a restored definition, or why not (Italian issues). */
export type LoadResult =
  | { ok: true; definition: ServiceDefinition; warnings: Issue[] }
  | { ok: false; reason: 'not-found' | 'invalid'; errors: Issue[] };

/** `fromSync`: the write brings the server's copy, so it is not queued to be sent back. */
export interface WriteOptions {
  fromSync?: boolean;
}

export interface ServiceRepository {
  /** Services not in the trash, most recently changed first. */
  list(): Promise<ServiceSummary[]>;
  /** Services in the trash, most recently deleted first. */
  listTrash(): Promise<ServiceSummary[]>;
  /** Loads one service through `restore()`. Works for trashed ones too. */
  get(id: string): Promise<LoadResult>;
  /** Inserts or replaces; a trashed service stays in the trash. */
  put(definition: ServiceDefinition, options?: WriteOptions): Promise<void>;
  /** Like `put` for many, all or nothing in one transaction (template seeding, imports). */
  putMany(definitions: readonly ServiceDefinition[]): Promise<void>;
  /** Moves to the trash; false when there is no such service or it is already there. */
  softDelete(id: string, options?: WriteOptions): Promise<boolean>;
  /** Takes out of the trash; false when it is not there. */
  restoreFromTrash(id: string, options?: WriteOptions): Promise<boolean>;
  /** Deletes for good, only from the trash; false when not in the trash. */
  purge(id: string): Promise<boolean>;
}

export interface ServiceRepositoryOptions {
  /** Clock in ms for `deletedAt` (default `Date.now`). */
  now?: () => number;
  /** Passed to every `restore()`, e.g. the registry's `knownTypes` for unknown-type warnings. */
  restoreOptions?: RestoreOptions;
  /** Unsaved edits journalled when a page went away (default: localStorage). */
  journal?: PendingJournal;
}

const NOT_FOUND: Issue = { path: '', message: 'Servizio non trovato nell’archivio locale.' };

function toSummary(row: ServiceRow): ServiceSummary {
  return { id: row.id, title: row.title, status: row.status, updatedAt: row.updatedAt, deletedAt: row.deletedAt };
}

function toRow(definition: ServiceDefinition, deletedAt: number | null): ServiceRow {
  const updatedAt = Date.parse(definition.updatedAt);
  return {
    id: definition.id,
    definition,
    updatedAt: Number.isNaN(updatedAt) ? 0 : updatedAt,
    status: definition.status,
    title: definition.card.title,
    deletedAt,
  };
}

/** Creates the repository over `db` (default: the app database). */
export function createServiceRepository(
  db: MattonciniDb = getDatabase(),
  options: ServiceRepositoryOptions = {},
): ServiceRepository {
  const now = options.now ?? Date.now;
  const journal = options.journal ?? createPendingJournal();

  /**
   * Edits journalled by a page that went away before its save finished: when
   * they were made on top of the stored revision (or a later one), they are
   * newer than the row, so they are saved now as the next revision.
   */
  async function recoverPending(row: ServiceRow): Promise<ServiceRow> {
    const entry = journal.read(row.id);
    if (!entry) return row;
    const stored = row.definition as ServiceDefinition;
    const restored = restore(entry.definition, options.restoreOptions);
    if (entry.baseRevision < stored.revision || !restored.ok || restored.definition.id !== row.id) {
      journal.clear(row.id);
      return row;
    }
    const recovered: ServiceDefinition = {
      ...restored.definition,
      revision: stored.revision + 1,
      updatedAt: new Date(now()).toISOString(),
    };
    await putAll([recovered]);
    journal.clear(row.id);
    return toRow(recovered, row.deletedAt);
  }

  // Read the current trash state inside the same transaction so that a save
  // racing a delete cannot pull a service back out of the trash. The outbox
  // row (when syncing) is written in the same transaction as the change.
  const tables = [db.services, db.meta, db.outbox];
  const putAll = (definitions: readonly ServiceDefinition[], options?: WriteOptions) =>
    db.transaction('rw', tables, async () => {
      const existing = await db.services.bulkGet(definitions.map((d) => d.id));
      await db.services.bulkPut(definitions.map((d, i) => toRow(d, existing[i]?.deletedAt ?? null)));
      if (!options?.fromSync) await enqueueIfSyncing(db, definitions, 'put', now());
    });

  const setDeletedAt = (id: string, deletedAt: number | null, onlyIf: (row: ServiceRow) => boolean, options?: WriteOptions) =>
    db.transaction('rw', tables, async () => {
      const row = await db.services.get(id);
      if (!row || !onlyIf(row)) return false;
      // put, not update: Dexie's typed update spec recurses into FlowNode forever.
      await db.services.put({ ...row, deletedAt });
      if (!options?.fromSync) await enqueueIfSyncing(db, [row.definition], deletedAt === null ? 'put' : 'delete', now());
      return true;
    });

  return {
    async list() {
      const rows = await db.services.orderBy('updatedAt').reverse().filter((r) => r.deletedAt === null).toArray();
      return rows.map(toSummary);
    },
    async listTrash() {
      // The deletedAt index excludes nulls, so this walks only trashed rows.
      const rows = await db.services.orderBy('deletedAt').reverse().toArray();
      return rows.map(toSummary);
    },
    async get(id) {
      const stored = await db.services.get(id);
      if (!stored) return { ok: false, reason: 'not-found', errors: [NOT_FOUND] };
      const row = await recoverPending(stored);
      try {
        const result = restore(row.definition, options.restoreOptions);
        if (!result.ok) return { ok: false, reason: 'invalid', errors: result.errors };
        if (result.definition.id !== id) {
          return {
            ok: false,
            reason: 'invalid',
            errors: [{ path: '/id', message: `L’identificativo nel documento (${result.definition.id}) non corrisponde a quello archiviato (${id}).` }],
          };
        }
        return { ok: true, definition: result.definition, warnings: result.warnings };
      } catch (error) {
        // A bug in restore must not take the catalogue down: report it like a broken file.
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: 'invalid', errors: [{ path: '', message: `Impossibile leggere il servizio: ${detail}` }] };
      }
    },
    put: (definition, options) => putAll([definition], options),
    putMany: (definitions) => putAll(definitions),
    softDelete: (id, options) => setDeletedAt(id, now(), (row) => row.deletedAt === null, options),
    restoreFromTrash: (id, options) => setDeletedAt(id, null, (row) => row.deletedAt !== null, options),
    purge: (id) =>
      db.transaction('rw', db.services, async () => {
        const row = await db.services.get(id);
        if (!row || row.deletedAt === null) return false;
        await db.services.delete(id);
        return true;
      }),
  };
}
