/**
 * The two tables both stores keep, written once: SQLite and PostgreSQL read
 * the same DDL and differ only in how `deleted` is typed (SQLite has no
 * BOOLEAN, so it keeps 0/1 in an INTEGER; rows.ts reads either back).
 */

/** How each database spells the `deleted` column. */
export const DELETED_COLUMN = {
  sqlite: 'deleted INTEGER NOT NULL DEFAULT 0',
  postgres: 'deleted BOOLEAN NOT NULL DEFAULT FALSE',
} as const;

export type Dialect = keyof typeof DELETED_COLUMN;

/** Creates the tables when missing: idempotent, safe at every start. */
export function migrationSql(dialect: Dialect): string {
  return `
CREATE TABLE IF NOT EXISTS services (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  ${DELETED_COLUMN[dialect]},
  -- the list's summary, kept beside the definition so that listing parses nothing
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  definition TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  role TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS revisions (
  service_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  action TEXT NOT NULL,
  definition TEXT,
  saved_by TEXT NOT NULL,
  role TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (service_id, revision)
);
`;
}

/** The columns a revision is read with (RevisionRow in rows.ts). */
export const REVISION_COLUMNS = 'revision, action, definition, saved_at, saved_by, role';
