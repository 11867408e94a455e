/**
 * /api/v1/services: list, get (ETag), create, update (If-Match), delete
 * (tombstone). Role enforcement happens here, before anything is written.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_BASE, etagOf, type ServiceListResponse } from '../../../src/model';
import { technicalChanges } from '../../../src/blocks/technicalChanges';
import { sendError } from '../apiError';
import { messages } from '../messages.it';
import type { ServiceStore, StoredService, WriteResult } from '../store/types';
import { definitionFromBody } from './definitionBody';
import { ifMatchOf } from './ifMatch';

type IdParams = { Params: { id: string } };

function sendService(reply: FastifyReply, service: StoredService, status = 200) {
  return reply.code(status).header('ETag', etagOf(service.revision)).header('Cache-Control', 'no-store').send(service.definition);
}

function sendDeleted(reply: FastifyReply, service: StoredService) {
  return sendError(reply, 410, { code: 'deleted', message: messages.deleted(service.id, service.revision), revision: service.revision });
}

/** The answer to a refused conditional write. */
function sendRefused(reply: FastifyReply, id: string, result: Exclude<WriteResult, { ok: true }>) {
  if (result.reason === 'not-found') return sendError(reply, 404, { code: 'not-found', message: messages.notFound(id) });
  if (result.reason === 'deleted') return sendDeleted(reply, result.current);
  const { current } = result;
  return sendError(reply, 412, {
    code: 'stale',
    message: current.deleted ? messages.deleted(id, current.revision) : messages.stale(id, current.revision),
    revision: current.revision,
    // A tombstone has no current copy to offer; the client keeps its own.
    ...(current.deleted ? {} : { current: current.definition }),
  });
}

/** 428 or 400 for a missing or unreadable If-Match; null when it is fine. */
function preconditionError(request: FastifyRequest, reply: FastifyReply) {
  const ifMatch = ifMatchOf(request);
  if (ifMatch.ok) return { revision: ifMatch.revision };
  if (ifMatch.missing) sendError(reply, 428, { code: 'precondition-required', message: messages.preconditionRequired });
  else sendError(reply, 400, { code: 'invalid', message: messages.badIfMatch(ifMatch.value) });
  return null;
}

export function serviceRoutes(app: FastifyInstance, store: ServiceStore) {
  app.get<{ Querystring: { includeDeleted?: string } }>(`${API_BASE}/services`, async (request) => {
    const includeDeleted = request.query.includeDeleted === 'true';
    const body: ServiceListResponse = { services: await store.list({ includeDeleted }) };
    return body;
  });

  app.get<IdParams>(`${API_BASE}/services/:id`, async (request, reply) => {
    const service = await store.get(request.params.id);
    if (!service) return sendError(reply, 404, { code: 'not-found', message: messages.notFound(request.params.id) });
    if (service.deleted) return sendDeleted(reply, service);
    return sendService(reply, service);
  });

  app.post(`${API_BASE}/services`, async (request, reply) => {
    const body = definitionFromBody(request.body);
    if (!body.ok) return sendError(reply, 422, { code: 'invalid', message: body.message, issues: body.issues });
    const result = await store.create(body.definition, request.who);
    if (!result.ok) {
      const { current } = result;
      return sendError(reply, 409, {
        code: 'exists',
        message: messages.exists(current.id),
        revision: current.revision,
        ...(current.deleted ? {} : { current: current.definition }),
      });
    }
    reply.header('Location', `${API_BASE}/services/${encodeURIComponent(result.service.id)}`);
    return sendService(reply, result.service, 201);
  });

  app.put<IdParams>(`${API_BASE}/services/:id`, async (request, reply) => {
    const { id } = request.params;
    const precondition = preconditionError(request, reply);
    if (!precondition) return reply;
    const body = definitionFromBody(request.body);
    if (!body.ok) return sendError(reply, 422, { code: 'invalid', message: body.message, issues: body.issues });
    if (body.definition.id !== id) {
      const message = messages.idMismatch(body.definition.id, id);
      return sendError(reply, 422, { code: 'invalid', message, issues: [{ path: '/id', message }] });
    }
    if (request.who.role === 'official') {
      // Reserved options are judged against the revision the write is conditional on.
      const current = await store.get(id);
      if (!current) return sendError(reply, 404, { code: 'not-found', message: messages.notFound(id) });
      if (current.revision !== precondition.revision) return sendRefused(reply, id, { ok: false, reason: 'stale', current });
      const options = technicalChanges(current.definition, body.definition);
      if (options.length > 0) {
        return sendError(reply, 403, { code: 'forbidden-option', message: messages.forbiddenOption(options), options });
      }
    }
    // The store checks the revision atomically: a concurrent writer may have won meanwhile.
    const result = await store.update(id, precondition.revision, body.definition, request.who);
    if (!result.ok) return sendRefused(reply, id, result);
    return sendService(reply, result.service);
  });

  app.delete<IdParams>(`${API_BASE}/services/:id`, async (request, reply) => {
    const precondition = preconditionError(request, reply);
    if (!precondition) return reply;
    const result = await store.delete(request.params.id, precondition.revision, request.who);
    if (!result.ok) return sendRefused(reply, request.params.id, result);
    return reply.code(204).header('ETag', etagOf(result.service.revision)).send();
  });
}
