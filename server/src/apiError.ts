/**
 * Sending an {@link ApiError}: every error answer goes through here, so the
 * body always has the contract's shape and never a stack trace.
 */
import type { FastifyReply } from 'fastify';
import type { ApiError } from '../../src/model';

export function sendError(reply: FastifyReply, status: number, error: ApiError): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(error);
}
