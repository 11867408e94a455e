/**
 * The If-Match precondition of PUT and DELETE: the revision the client's
 * change is based on. Absent → 428; not one of our ETags → 412 is wrong
 * (nothing matched yet), so it is a 400 naming the header.
 */
import type { FastifyRequest } from 'fastify';
import { revisionOfEtag } from '../../../src/model';

export type IfMatch = { ok: true; revision: number } | { ok: false; missing: boolean; value: string };

export function ifMatchOf(request: FastifyRequest): IfMatch {
  const header = request.headers['if-match'];
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '') return { ok: false, missing: true, value: '' };
  const revision = revisionOfEtag(value);
  return revision === null ? { ok: false, missing: false, value } : { ok: true, revision };
}
