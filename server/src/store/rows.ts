/**
 * Rows as both databases return them, and their mapping to the store's
 * types. Definitions are stored as JSON text in both (not jsonb), so that
 * what is read back is byte-for-byte what was written, key order included.
 */
import type { RevisionAction, RevisionInfo, Role, ServiceDefinition, ServiceListItem, ServiceStatus } from '../../../src/model';
import type { StoredRevision, StoredService } from './types';

export interface ServiceRow {
  id: string;
  revision: number;
  deleted: number | boolean;
  definition: string;
  saved_at: string;
  saved_by: string;
  role: string;
}

/** The columns the list reads: the summary, without parsing any definition. */
export interface ListRow {
  id: string;
  title: string;
  status: string;
  revision: number;
  deleted: number | boolean;
  saved_at: string;
  saved_by: string;
  role: string;
}

export const LIST_COLUMNS = 'id, title, status, revision, deleted, saved_at, saved_by, role';

export function listItemOfRow(row: ListRow): ServiceListItem {
  return {
    id: row.id,
    title: row.title,
    status: row.status as ServiceStatus,
    revision: Number(row.revision),
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    role: row.role as Role,
    deleted: Boolean(row.deleted),
  };
}

export interface RevisionRow {
  revision: number;
  action: string;
  definition: string | null;
  saved_at: string;
  saved_by: string;
  role: string;
}

export function serviceOf(row: ServiceRow): StoredService {
  return {
    id: row.id,
    revision: Number(row.revision),
    deleted: Boolean(row.deleted),
    definition: JSON.parse(row.definition) as ServiceDefinition,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    role: row.role as Role,
  };
}

export function revisionInfoOf(row: RevisionRow): RevisionInfo {
  return {
    revision: Number(row.revision),
    action: row.action as RevisionAction,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    role: row.role as Role,
  };
}

export function storedRevisionOf(row: RevisionRow): StoredRevision {
  return {
    ...revisionInfoOf(row),
    definition: row.definition === null ? null : (JSON.parse(row.definition) as ServiceDefinition),
  };
}

/** The instant a write is accepted, as stored (ISO 8601, UTC). */
export const nowIso = (): string => new Date().toISOString();
