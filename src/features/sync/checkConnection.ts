/**
 * «Verifica connessione»: checks the fields, then asks the server who the
 * token belongs to. Every problem comes back naming the field to fix.
 */
import type { WhoAmI } from '../../model/api';
import { createSyncApi, serverBase, type FetchLike } from '../../persistence/sync/apiClient';

export type ConnectionField = 'url' | 'token';

export type ConnectionCheck =
  | { ok: true; who: WhoAmI; url: string }
  /** `key` is a string of the `sync` namespace (`form.*`); `message` fills `{{message}}`. */
  | { ok: false; field: ConnectionField; key: string; message?: string };

/** The field problems before any request, or null when both look right. */
export function fieldProblem(url: string, token: string): Extract<ConnectionCheck, { ok: false }> | null {
  const trimmed = url.trim();
  if (!trimmed) return { ok: false, field: 'url', key: 'form.urlRequired' };
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
  } catch {
    return { ok: false, field: 'url', key: 'form.urlInvalid' };
  }
  if (!token.trim()) return { ok: false, field: 'token', key: 'form.tokenRequired' };
  return null;
}

export async function checkConnection(url: string, token: string, fetchImpl?: FetchLike): Promise<ConnectionCheck> {
  const problem = fieldProblem(url, token);
  if (problem) return problem;
  const base = serverBase(url);
  const result = await createSyncApi({ url: base, token: token.trim() }, fetchImpl).me();
  if (result.ok) return { ok: true, who: result.body, url: base };
  if (result.status === 0) return { ok: false, field: 'url', key: 'form.unreachable' };
  if (result.status === 401 || result.status === 403) return { ok: false, field: 'token', key: 'form.tokenRefused' };
  return { ok: false, field: 'url', key: 'form.otherError', message: result.error.message };
}
