/**
 * The sync server's REST API (`src/model/api.ts`) as typed calls. Every call
 * resolves — never throws — to the body and ETag, the server's error body, or
 * "unreachable", so that the engine decides on values, not on exceptions.
 */
import { API_BASE, etagOf, revisionOfEtag, type ApiError, type RevisionListResponse, type ServiceListResponse, type WhoAmI } from '../../model/api';
import type { ServiceDefinition } from '../../model/types';
import type { SyncConfig } from './types';

export type ApiResult<T> =
  | { ok: true; status: number; body: T; revision: number | null }
  | { ok: false; status: number; error: ApiError }
  /** No answer at all: offline, DNS, refused, CORS. */
  | { ok: false; status: 0; error: ApiError; unreachable: true };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface SyncApi {
  me(): Promise<ApiResult<WhoAmI>>;
  list(): Promise<ApiResult<ServiceListResponse>>;
  get(id: string): Promise<ApiResult<ServiceDefinition>>;
  create(definition: ServiceDefinition): Promise<ApiResult<ServiceDefinition>>;
  update(definition: ServiceDefinition, ifMatch: number): Promise<ApiResult<ServiceDefinition>>;
  remove(id: string, ifMatch: number): Promise<ApiResult<null>>;
  revisions(id: string): Promise<ApiResult<RevisionListResponse>>;
}

/** The base URL without a trailing slash: `https://x.example/` → `https://x.example`. */
export function serverBase(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

const UNREACHABLE_MESSAGE = 'Server non raggiungibile: controlla l’indirizzo e la connessione.';

/** Messages for statuses whose body is not one of ours (a proxy, an old server). */
function fallbackError(status: number): ApiError {
  if (status === 401) return { code: 'unauthorized', message: 'Token non valido o scaduto.' };
  if (status === 404) return { code: 'not-found', message: 'Risorsa non trovata sul server (controlla l’indirizzo).' };
  if (status === 413) return { code: 'too-large', message: 'Il servizio è troppo grande per il server.' };
  return { code: 'internal', message: `Il server ha risposto con un errore (HTTP ${status}).` };
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).message === 'string' && typeof (value as ApiError).code === 'string';
}

export function createSyncApi(config: SyncConfig, fetchImpl: FetchLike = (input, init) => fetch(input, init)): SyncApi {
  const base = `${serverBase(config.url)}${API_BASE}`;

  async function call<T>(method: string, path: string, options: { body?: unknown; ifMatch?: number } = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${config.token}`, Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['If-Match'] = etagOf(options.ifMatch);
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        cache: 'no-store',
      });
    } catch {
      return { ok: false, status: 0, error: { code: 'internal', message: UNREACHABLE_MESSAGE }, unreachable: true };
    }
    const text = await response.text().catch(() => '');
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (response.ok) return { ok: true, status: response.status, body: body as T, revision: revisionOfEtag(response.headers.get('ETag')) };
    return { ok: false, status: response.status, error: isApiError(body) ? body : fallbackError(response.status) };
  }

  const servicePath = (id: string) => `/services/${encodeURIComponent(id)}`;
  return {
    me: () => call('GET', '/me'),
    list: () => call('GET', '/services?includeDeleted=true'),
    get: (id) => call('GET', servicePath(id)),
    create: (definition) => call('POST', '/services', { body: definition }),
    update: (definition, ifMatch) => call('PUT', servicePath(definition.id), { body: definition, ifMatch }),
    remove: (id, ifMatch) => call('DELETE', servicePath(id), { ifMatch }),
    revisions: (id) => call('GET', `${servicePath(id)}/revisions`),
  };
}

/** The Italian message for a refused call; a 403 names the reserved options. */
export function refusalMessage(error: ApiError): string {
  const options = error.options?.map((o) => `«${o.label}»`).join(', ');
  return options && !error.message.includes(error.options![0].label) ? `${error.message} (${options})` : error.message;
}
