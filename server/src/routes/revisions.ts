/** /api/v1/services/:id/revisions: who changed a service, in which role, when; and each stored copy. */
import type { FastifyInstance } from 'fastify';
import { API_BASE, etagOf, type RevisionListResponse } from '../../../src/model';
import { sendError } from '../apiError';
import { messages } from '../messages.it';
import type { ServiceStore } from '../store/types';

export function revisionRoutes(app: FastifyInstance, store: ServiceStore) {
  app.get<{ Params: { id: string } }>(`${API_BASE}/services/:id/revisions`, async (request, reply) => {
    const revisions = await store.revisions(request.params.id);
    if (!revisions) return sendError(reply, 404, { code: 'not-found', message: messages.notFound(request.params.id) });
    const body: RevisionListResponse = { serviceId: request.params.id, revisions };
    return body;
  });

  app.get<{ Params: { id: string; revision: string } }>(
    `${API_BASE}/services/:id/revisions/:revision`,
    async (request, reply) => {
      const { id } = request.params;
      if (!/^\d{1,9}$/.test(request.params.revision)) {
        return sendError(reply, 400, { code: 'invalid', message: messages.badRevision(request.params.revision) });
      }
      const revision = Number(request.params.revision);
      const stored = await store.revision(id, revision);
      if (!stored || stored.definition === null) {
        return sendError(reply, 404, { code: 'not-found', message: messages.revisionNotFound(id, revision) });
      }
      // A past revision never changes: it may be cached for good.
      return reply.header('ETag', etagOf(revision)).header('Cache-Control', 'private, max-age=31536000, immutable').send(stored.definition);
    },
  );
}
