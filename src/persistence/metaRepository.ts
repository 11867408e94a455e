/** Small app-wide facts kept in the `meta` table (e.g. `templatesSeeded`). */
import { getDatabase, type MattonciniDb } from './db';

/** Well-known meta keys. */
export const META_TEMPLATES_SEEDED = 'templatesSeeded';

export interface MetaRepository {
  /** The stored value, or `undefined` when never set. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** Creates the meta repository over `db` (default: the app database). */
export function createMetaRepository(db: MattonciniDb = getDatabase()): MetaRepository {
  return {
    async get<T>(key: string) {
      return (await db.meta.get(key))?.value as T | undefined;
    },
    async set(key, value) {
      await db.meta.put({ key, value });
    },
  };
}
