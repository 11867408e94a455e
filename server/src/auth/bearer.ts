/**
 * The authentication hook: `Authorization: Bearer <token>` → the request's
 * user and role, or 401 with `WWW-Authenticate: Bearer`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WhoAmI } from '../../../src/model';
import { sendError } from '../apiError';
import { messages } from '../messages.it';
import type { TokenTable } from './tokens';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the bearer hook on every authenticated /api route. */
    who: WhoAmI;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

export function bearerHook(tokens: TokenTable) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request.headers.authorization);
    const who = token ? tokens.lookup(token) : null;
    if (!who) {
      reply.header('WWW-Authenticate', 'Bearer realm="mattoncini"');
      return sendError(reply, 401, { code: 'unauthorized', message: messages.unauthorized });
    }
    request.who = who;
  };
}
