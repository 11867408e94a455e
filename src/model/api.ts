/**
 * The sync protocol between the app and the reference server (`server/`),
 * REST under `/api/v1`. Shared by both sides so that they cannot disagree;
 * the OpenAPI 3.1 document served at `/api/v1/openapi.json` describes the same.
 *
 * Revisions: the server keeps its own counter per service, starting at 1 on
 * create and +1 on every accepted write (update or delete). It is sent as a
 * strong ETag (`"3"`) and expected back in `If-Match` on PUT and DELETE. The
 * stored copy's `definition.revision` is set to that counter; the app keeps
 * its own local revision and remembers the server's in its sync state.
 *
 * Endpoints (all need `Authorization: Bearer <token>`, else 401):
 * - `GET    /api/v1/me` → {@link WhoAmI}
 * - `GET    /api/v1/services[?includeDeleted=true]` → {@link ServiceListResponse}
 * - `GET    /api/v1/services/:id` → the definition, `ETag`; 404; 410 ({@link ApiError} `deleted`) for a tombstone
 * - `POST   /api/v1/services` (body: definition) → 201 definition + `ETag` + `Location`; 409 `exists` with `current`
 * - `PUT    /api/v1/services/:id` (`If-Match`) → 200 definition + `ETag`; 412 `stale` with `current`
 *   (the server's copy) and `revision`; 428 without If-Match; 403 `forbidden-option`; 404; 422 `invalid`
 *   (also when the body's id differs from the path); a PUT on a tombstone with the matching If-Match revives it
 * - `DELETE /api/v1/services/:id` (`If-Match`) → 204, stores a tombstone revision; 412 `stale`
 * - `GET    /api/v1/services/:id/revisions` → {@link RevisionListResponse}, newest first
 * - `GET    /api/v1/services/:id/revisions/:revision` → the definition as stored then (404 when none, or a tombstone)
 * Bodies over the size limit get 413 `too-large`. Every error body is an {@link ApiError} with an Italian message.
 */
import type { Issue } from './issues';
import type { Role, ServiceDefinition, ServiceStatus } from './types';

export const API_BASE = '/api/v1';

/** Who the token belongs to. */
export interface WhoAmI {
  user: string;
  role: Role;
}

/** One row of the server's list: enough to decide what to pull. */
export interface ServiceListItem {
  id: string;
  title: string;
  status: ServiceStatus;
  /** The server's revision (the ETag's value). */
  revision: number;
  /** ISO instant the server accepted this revision. */
  savedAt: string;
  /** Who wrote this revision, and in which role. */
  savedBy: string;
  role: Role;
  /** A tombstone: deleted on the server (listed only with includeDeleted=true). */
  deleted: boolean;
}

export interface ServiceListResponse {
  services: ServiceListItem[];
}

export type RevisionAction = 'create' | 'update' | 'delete';

/** One stored revision: who changed the service, in which role, when. */
export interface RevisionInfo {
  revision: number;
  action: RevisionAction;
  savedAt: string;
  savedBy: string;
  role: Role;
}

export interface RevisionListResponse {
  serviceId: string;
  revisions: RevisionInfo[];
}

/** An option reserved to technical staff that an official tried to change. */
export interface ForbiddenOption {
  /** JSON pointer into the definition, e.g. `/technical/accessLevel` or `/steps/0/nodes/2/props/gatewayCode`. */
  path: string;
  /** Italian name of the option, e.g. «Livello di accesso». */
  label: string;
}

export type ApiErrorCode =
  | 'unauthorized'
  | 'forbidden-option'
  | 'not-found'
  | 'deleted'
  | 'exists'
  | 'stale'
  | 'precondition-required'
  | 'invalid'
  | 'too-large'
  | 'internal';

/** Every error body. `message` is Italian and names what is wrong. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** 422: the definition's problems, with JSON paths. */
  issues?: Issue[];
  /** 403: the reserved options the request would have changed. */
  options?: ForbiddenOption[];
  /**
   * 409/412: the server's current copy, so that nothing is lost. Absent when
   * the server's copy is a tombstone (deleted there): `revision` is then the
   * tombstone's, and a PUT with it revives the service.
   */
  current?: ServiceDefinition;
  /** 410/412: the server's current revision. */
  revision?: number;
}

/** `"3"` ⇄ 3. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/** The revision in an ETag or If-Match value, or null when it is not one of ours. */
export function revisionOfEtag(value: string | null | undefined): number | null {
  const match = /^(?:W\/)?"(\d+)"$/.exec((value ?? '').trim());
  return match ? Number(match[1]) : null;
}
