/**
 * Errors Fastify raises before a route runs (body too large, wrong content
 * type) and anything unexpected, as {@link ApiError}s in Italian. Unexpected
 * errors are logged with their stack on the server and answered without it.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './apiError';
import { messages } from './messages.it';

export function errorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(reply, 413, { code: 'too-large', message: messages.tooLarge(bodyLimit) });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, 415, {
          code: 'invalid',
          message: messages.unsupportedType(String(request.headers['content-type'] ?? '')),
        });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(reply, status, { code: 'invalid', message: `Richiesta non valida: ${error.message}` });
    }
    request.log.error(error);
    return sendError(reply, 500, { code: 'internal', message: messages.internal });
  };
}
