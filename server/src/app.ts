/**
 * The reference sync server, as a Fastify instance that is built but not
 * listening: tests drive it with `app.inject` or listen on port 0, and
 * `main.ts` listens for real. Importing this module has no side effects.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { API_BASE } from '../../src/model';
import { publishedSchema } from '../../src/model/schema';
import { bearerHook } from './auth/bearer';
import type { TokenTable } from './auth/tokens';
import { errorHandler } from './errorHandler';
import { sendError } from './apiError';
import { messages } from './messages.it';
import { openApiDocument } from './openapi';
import { revisionRoutes } from './routes/revisions';
import { serviceRoutes } from './routes/services';
import { serveApp } from './staticApp';
import type { ServiceStore } from './store/types';

export interface ServerOptions {
  store: ServiceStore;
  tokens: TokenTable;
  /** Largest accepted request body in bytes (2 MiB by default). */
  bodyLimit?: number;
  /** The built app (e.g. `dist`), served from the same origin; none when absent. */
  staticDir?: string;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
/** Where the service-definition JSON Schema is published (as in public/schema/). */
export const SCHEMA_PATH = '/schema/service-definition.v1.json';

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit });
  app.setErrorHandler(errorHandler(bodyLimit));

  // Bodies stay text: restore() parses them, with Italian messages that give
  // line and column, instead of Fastify's English JSON errors.
  // Only JSON is accepted (anything else is 415, in Italian).
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  // The format's JSON Schema at the same address as in the built app, also when only the API is served.
  const definitionSchema = JSON.stringify(publishedSchema(), null, 2);
  app.get(SCHEMA_PATH, async (_request, reply) =>
    reply.type('application/schema+json; charset=utf-8').header('Cache-Control', 'no-cache').send(definitionSchema),
  );

  const openApi = JSON.stringify(openApiDocument());
  app.get(`${API_BASE}/openapi.json`, async (_request, reply) => reply.type('application/json; charset=utf-8').send(openApi));

  await app.register(async (api) => {
    api.addHook('onRequest', bearerHook(options.tokens));
    api.get(`${API_BASE}/me`, async (request) => request.who);
    serviceRoutes(api, options.store);
    revisionRoutes(api, options.store);
  });

  if (options.staticDir) await serveApp(app, options.staticDir);
  else {
    app.setNotFoundHandler((request, reply) =>
      sendError(reply, 404, { code: 'not-found', message: messages.routeNotFound(request.method, request.url) }),
    );
  }
  return app;
}
