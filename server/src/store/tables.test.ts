import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DELETED_COLUMN, migrationSql, REVISION_COLUMNS } from './tables';

describe('migrationSql', () => {
  it('creates both tables in SQLite, and running it again at the next start keeps what was stored', () => {
    const db = new Database(':memory:');
    db.exec(migrationSql('sqlite'));
    db.prepare(
      "INSERT INTO services (id, revision, title, status, definition, saved_at, saved_by, role) VALUES ('anagrafe', 1, 'Anagrafe', 'draft', '{}', 't', 'ada', 'editor')",
    ).run();
    db.exec(migrationSql('sqlite'));
    expect(db.prepare('SELECT id, deleted FROM services').all()).toEqual([{ id: 'anagrafe', deleted: 0 }]);
    const revisionColumns = (db.prepare('PRAGMA table_info(revisions)').all() as { name: string }[]).map((c) => c.name);
    for (const column of REVISION_COLUMNS.split(', ')) expect(revisionColumns).toContain(column);
    db.close();
  });

  it('differs between the databases only in how `deleted` is typed', () => {
    const sqlite = migrationSql('sqlite');
    const postgres = migrationSql('postgres');
    expect(sqlite).toContain(DELETED_COLUMN.sqlite);
    expect(postgres).toContain(DELETED_COLUMN.postgres);
    expect(postgres.replace(DELETED_COLUMN.postgres, DELETED_COLUMN.sqlite)).toBe(sqlite);
  });
});
