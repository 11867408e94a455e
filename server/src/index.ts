/**
 * The server's public API, for tests and tools that run it in-process
 * (e.g. the app's sync tests): build it, give it a store and tokens.
 */
export { buildServer, DEFAULT_BODY_LIMIT, type ServerOptions } from './app';
export { createTokenTable, parseTokenList, type TokenTable } from './auth/tokens';
export { createSqliteStore } from './store/sqliteStore';
export { createPostgresStore } from './store/postgresStore';
export type { Author, ServiceStore, StoredRevision, StoredService } from './store/types';
