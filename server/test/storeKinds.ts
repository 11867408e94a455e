/**
 * The two store implementations, for suites that run the same tests against
 * both (`describe.each(storeKinds)`). PostgreSQL gets a fresh database per
 * store opened, on the server `postgresHarness` provides.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ServiceDefinition } from '../../src/model';
import { createPostgresStore } from '../src/store/postgresStore';
import { createSqliteStore } from '../src/store/sqliteStore';
import type { ServiceStore } from '../src/store/types';
import { startPostgresForTests, type PostgresForTests } from './postgresHarness';

export interface StoreKind {
  name: string;
  /** A new, empty store. */
  open(): Promise<ServiceStore>;
}

let postgres: PostgresForTests | null = null;

/**
 * Call once at the top of a test file: starts PostgreSQL for the file's
 * suites (and stops it afterwards). Failing to start it fails the tests.
 */
export function useStoreKinds(): StoreKind[] {
  beforeAll(async () => {
    postgres = await startPostgresForTests();
  }, 120_000);
  afterAll(async () => {
    await postgres?.stop();
    postgres = null;
  });
  return [
    { name: 'SQLite', open: async () => createSqliteStore(':memory:') },
    {
      name: 'PostgreSQL',
      open: async () => {
        if (!postgres) throw new Error('PostgreSQL non avviato (useStoreKinds: beforeAll non riuscito)');
        return createPostgresStore(await postgres.newDatabase(), { max: 30 });
      },
    },
  ];
}

/** A flagship template as stored in public/templates. */
export function template(file: string): ServiceDefinition {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'public/templates', file), 'utf8')) as ServiceDefinition;
}
