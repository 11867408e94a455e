/** The store the configuration asks for: PostgreSQL when a URL is given, else the SQLite file. */
import { createPostgresStore } from './store/postgresStore';
import { createSqliteStore } from './store/sqliteStore';
import type { ServiceStore } from './store/types';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_DB_FILE = 'data/mattoncini.sqlite';

export async function openStore(config: { databaseUrl?: string; dbFile?: string }): Promise<{ store: ServiceStore; description: string }> {
  if (config.databaseUrl) {
    const store = await createPostgresStore(config.databaseUrl);
    // Only the host and database: the URL may hold a password.
    const url = new URL(config.databaseUrl);
    return { store, description: `PostgreSQL ${url.host}${url.pathname}` };
  }
  const file = config.dbFile ?? DEFAULT_DB_FILE;
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return { store: createSqliteStore(file), description: file === ':memory:' ? 'SQLite in memoria' : `SQLite ${file}` };
}
