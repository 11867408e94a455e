/**
 * The embedded default: one SQLite file through better-sqlite3. Its calls are
 * synchronous, so each write is one transaction that cannot interleave with
 * another in this process; the revision check is still part of the UPDATE's
 * WHERE, as in PostgreSQL, so the two stores read the same.
 */
import Database from 'better-sqlite3';
import { withRevision, type Author, type ServiceStore, type StoredService, type WriteResult } from './types';
import { LIST_COLUMNS, listItemOfRow, nowIso, revisionInfoOf, serviceOf, storedRevisionOf, type ListRow, type RevisionRow, type ServiceRow } from './rows';
import { migrationSql, REVISION_COLUMNS } from './tables';
import type { RevisionAction, ServiceDefinition } from '../../../src/model';

const MIGRATION = migrationSql('sqlite');

/** Opens (creating when needed) the database at `file`; `:memory:` for a private one. */
export function createSqliteStore(file: string): ServiceStore {
  const db = new Database(file);
  // WAL lets readers proceed while a write commits; harmless for :memory:.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(MIGRATION);

  const selectService = db.prepare<[string], ServiceRow>('SELECT * FROM services WHERE id = ?');
  const selectList = db.prepare<[], ListRow>(`SELECT ${LIST_COLUMNS} FROM services WHERE deleted = 0 ORDER BY id`);
  const selectListAll = db.prepare<[], ListRow>(`SELECT ${LIST_COLUMNS} FROM services ORDER BY id`);
  const insertService = db.prepare(
    'INSERT INTO services (id, revision, deleted, title, status, definition, saved_at, saved_by, role) VALUES (?, 1, 0, ?, ?, ?, ?, ?, ?)',
  );
  const updateService = db.prepare(
    'UPDATE services SET revision = revision + 1, deleted = ?, title = ?, status = ?, definition = ?, saved_at = ?, saved_by = ?, role = ? WHERE id = ? AND revision = ?',
  );
  const insertRevision = db.prepare(
    'INSERT INTO revisions (service_id, revision, action, definition, saved_by, role, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectRevisions = db.prepare<[string], RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM revisions WHERE service_id = ? ORDER BY revision DESC`,
  );
  const selectRevision = db.prepare<[string, number], RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM revisions WHERE service_id = ? AND revision = ?`,
  );

  const get = (id: string): StoredService | null => {
    const row = selectService.get(id);
    return row ? serviceOf(row) : null;
  };

  const create = db.transaction((definition: ServiceDefinition, author: Author) => {
    const current = get(definition.id);
    if (current) return { ok: false as const, reason: 'exists' as const, current };
    const savedAt = nowIso();
    const json = JSON.stringify(withRevision(definition, 1));
    insertService.run(definition.id, definition.card.title, definition.status, json, savedAt, author.user, author.role);
    insertRevision.run(definition.id, 1, 'create', json, author.user, author.role, savedAt);
    return { ok: true as const, service: get(definition.id)! };
  });

  /** The one conditional write: `definition` null stores a tombstone. */
  const write = db.transaction(
    (id: string, expected: number, definition: ServiceDefinition | null, author: Author): WriteResult => {
      const current = get(id);
      if (!current) return { ok: false, reason: 'not-found' };
      if (definition === null && current.deleted) return { ok: false, reason: 'deleted', current };
      const next = expected + 1;
      const savedAt = nowIso();
      const stored = definition === null ? current.definition : withRevision(definition, next);
      const json = JSON.stringify(definition === null ? withRevision(stored, next) : stored);
      const changed = updateService.run(
        definition === null ? 1 : 0,
        stored.card.title,
        stored.status,
        json,
        savedAt,
        author.user,
        author.role,
        id,
        expected,
      );
      if (changed.changes !== 1) return { ok: false, reason: 'stale', current };
      const action: RevisionAction = definition === null ? 'delete' : 'update';
      insertRevision.run(id, next, action, definition === null ? null : json, author.user, author.role, savedAt);
      return { ok: true, service: get(id)! };
    },
  );

  return {
    list: async (options = {}) => (options.includeDeleted ? selectListAll : selectList).all().map(listItemOfRow),
    get: async (id) => get(id),
    create: async (definition, author) => create(definition, author),
    update: async (id, expected, definition, author) => write(id, expected, definition, author),
    delete: async (id, expected, author) => write(id, expected, null, author),
    revisions: async (id) => {
      if (!selectService.get(id)) return null;
      return selectRevisions.all(id).map(revisionInfoOf);
    },
    revision: async (id, revision) => {
      const row = selectRevision.get(id, revision);
      return row ? storedRevisionOf(row) : null;
    },
    close: async () => {
      db.close();
    },
  };
}
