/**
 * PostgreSQL, for more than one server process or many users: a pg Pool,
 * each write one transaction that first locks the service's row
 * (SELECT … FOR UPDATE): concurrent writers with the same expectation queue
 * on the lock, and each after the first reads the winner's revision and is
 * refused as stale — so exactly one wins. The UPDATE repeats the revision in
 * its WHERE as a second guard. Same tables and behaviour as the SQLite store.
 */
import pg from 'pg';
import type { RevisionAction, ServiceDefinition } from '../../../src/model';
import { LIST_COLUMNS, listItemOfRow, nowIso, revisionInfoOf, serviceOf, storedRevisionOf, type ListRow, type RevisionRow, type ServiceRow } from './rows';
import { migrationSql, REVISION_COLUMNS } from './tables';
import { withRevision, type Author, type CreateResult, type ServiceStore, type WriteResult } from './types';

const MIGRATION = migrationSql('postgres');

/** Connects, creates the tables when missing (idempotent), and returns the store. */
export async function createPostgresStore(connectionString: string, options: { max?: number } = {}): Promise<ServiceStore> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  let closing = false;
  // An idle connection the database drops (a restart, an administrator) must
  // not bring the server down: the pool replaces it at the next query.
  pool.on('error', (error) => {
    if (!closing) console.warn(`PostgreSQL: connessione inattiva persa (${error.message}); verrà sostituita.`);
  });
  // Two servers starting at once may both run the migration: serialise it.
  const migrating = await pool.connect();
  try {
    await migrating.query('SELECT pg_advisory_lock(7274001)');
    await migrating.query(MIGRATION);
  } finally {
    await migrating.query('SELECT pg_advisory_unlock(7274001)').catch(() => undefined);
    migrating.release();
  }

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const getWith = async (client: pg.Pool | pg.PoolClient, id: string) => {
    const { rows } = await client.query<ServiceRow>('SELECT * FROM services WHERE id = $1', [id]);
    return rows[0] ? serviceOf(rows[0]) : null;
  };

  const insertRevision = (client: pg.PoolClient, id: string, revision: number, action: RevisionAction, json: string | null, author: Author, savedAt: string) =>
    client.query(
      'INSERT INTO revisions (service_id, revision, action, definition, saved_by, role, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, revision, action, json, author.user, author.role, savedAt],
    );

  async function write(id: string, expected: number, definition: ServiceDefinition | null, author: Author): Promise<WriteResult> {
    return transaction(async (client) => {
      // The row lock queues concurrent writers: the next one reads the winner's revision.
      const { rows } = await client.query<ServiceRow>('SELECT * FROM services WHERE id = $1 FOR UPDATE', [id]);
      const current = rows[0] ? serviceOf(rows[0]) : null;
      if (!current) return { ok: false, reason: 'not-found' };
      if (definition === null && current.deleted) return { ok: false, reason: 'deleted', current };
      if (current.revision !== expected) return { ok: false, reason: 'stale', current };
      const next = expected + 1;
      const savedAt = nowIso();
      // A tombstone keeps the last definition as the current copy, with the new revision.
      const stored = withRevision(definition ?? current.definition, next);
      const json = JSON.stringify(stored);
      const updated = await client.query(
        `UPDATE services SET revision = $1, deleted = $2, title = $3, status = $4, definition = $5, saved_at = $6, saved_by = $7, role = $8
         WHERE id = $9 AND revision = $10`,
        [next, definition === null, stored.card.title, stored.status, json, savedAt, author.user, author.role, id, expected],
      );
      if (updated.rowCount !== 1) throw new Error(`Revisione di «${id}» cambiata sotto il lock`);
      await insertRevision(client, id, next, definition === null ? 'delete' : 'update', definition === null ? null : json, author, savedAt);
      return {
        ok: true,
        service: { id, revision: next, deleted: definition === null, definition: stored, savedAt, savedBy: author.user, role: author.role },
      };
    });
  }

  return {
    async list(options = {}) {
      const { rows } = await pool.query<ListRow>(
        `SELECT ${LIST_COLUMNS} FROM services ${options.includeDeleted ? '' : 'WHERE NOT deleted '}ORDER BY id`,
      );
      return rows.map(listItemOfRow);
    },
    get: (id) => getWith(pool, id),
    async create(definition, author): Promise<CreateResult> {
      return transaction(async (client) => {
        const savedAt = nowIso();
        const json = JSON.stringify(withRevision(definition, 1));
        const { rows } = await client.query<ServiceRow>(
          `INSERT INTO services (id, revision, deleted, title, status, definition, saved_at, saved_by, role)
           VALUES ($1, 1, FALSE, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING *`,
          [definition.id, definition.card.title, definition.status, json, savedAt, author.user, author.role],
        );
        if (rows.length === 0) {
          const current = await getWith(client, definition.id);
          if (current) return { ok: false, reason: 'exists', current };
          throw new Error('Conflitto di creazione senza servizio esistente');
        }
        await insertRevision(client, definition.id, 1, 'create', json, author, savedAt);
        return { ok: true, service: serviceOf(rows[0]) };
      });
    },
    update: (id, expected, definition, author) => write(id, expected, definition, author),
    delete: (id, expected, author) => write(id, expected, null, author),
    async revisions(id) {
      if (!(await getWith(pool, id))) return null;
      const { rows } = await pool.query<RevisionRow>(
        `SELECT ${REVISION_COLUMNS} FROM revisions WHERE service_id = $1 ORDER BY revision DESC`,
        [id],
      );
      return rows.map(revisionInfoOf);
    },
    async revision(id, revision) {
      const { rows } = await pool.query<RevisionRow>(
        `SELECT ${REVISION_COLUMNS} FROM revisions WHERE service_id = $1 AND revision = $2`,
        [id, revision],
      );
      return rows[0] ? storedRevisionOf(rows[0]) : null;
    },
    close: async () => {
      closing = true;
      await pool.end();
    },
  };
}
