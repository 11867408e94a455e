/**
 * Migrations of saved service definitions from older format versions.
 *
 * `MIGRATIONS[n]` turns a plain-JSON document of format `n` into one of format
 * `n + 1`. When format 2 arrives: write `migrateV1toV2`, register it as
 * `MIGRATIONS[1]`, bump `FORMAT_VERSION`; `migrate()` chains the steps.
 */
import type { Issue } from './issues';
import { restoreMessages as msg } from './messages.it';
import { FORMAT_VERSION } from './formatConstants';

/** A plain JSON object (the document as read from a file, not yet validated). */
export type JsonObject = { [key: string]: unknown };

/**
 * One step of migration. It receives a document that `restore()` owns (a
 * fresh copy), so it may rebuild or modify it; it must set `formatVersion`.
 */
export type Migration = (doc: JsonObject) => JsonObject;

/** From format `n` (the key) to `n + 1`. Empty while only format 1 exists. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; doc: JsonObject; fromVersion: number } | { ok: false; errors: Issue[] };

const isJsonObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings a parsed document to the current `FORMAT_VERSION`. Fails, with the
 * reason, on a missing or malformed version, on a version newer than this
 * app's (it cannot know what a newer file means), or when a step is missing.
 */
export function migrate(
  doc: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  targetVersion: number = FORMAT_VERSION,
): MigrationResult {
  if (!isJsonObject(doc)) return { ok: false, errors: [{ path: '', message: msg.notAnObject() }] };
  const version = doc.formatVersion;
  if (version === undefined) {
    return { ok: false, errors: [{ path: '/formatVersion', message: msg.formatVersionMissing() }] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: '/formatVersion', message: msg.formatVersionInvalid(version) }] };
  }
  if (version > targetVersion) {
    return { ok: false, errors: [{ path: '/formatVersion', message: msg.formatVersionTooNew(version, targetVersion) }] };
  }
  let current = doc;
  for (let v = version; v < targetVersion; v += 1) {
    const step = Object.prototype.hasOwnProperty.call(migrations, v) ? migrations[v] : undefined;
    if (!step) return { ok: false, errors: [{ path: '/formatVersion', message: msg.migrationMissing(v) }] };
    try {
      current = step(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'errore sconosciuto';
      return { ok: false, errors: [{ path: '', message: msg.migrationFailed(v, detail) }] };
    }
  }
  return { ok: true, doc: current, fromVersion: version };
}
