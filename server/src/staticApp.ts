/**
 * The built app from the same origin as the API, so one command gives a
 * working system. Hashed assets are cached for good; the HTML shell, the
 * service worker and its manifest are revalidated on every load so that a
 * new version is picked up. The app's client-side routes
 * (/servizi/abc/editor) are answered with index.html, so a reload works.
 */
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { API_BASE } from '../../src/model';
import { sendError } from './apiError';
import { messages } from './messages.it';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Cache-Control for a file of the build, by its path relative to the build's root. */
export function cacheControlFor(relativePath: string): string {
  const file = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  // Vite names every file under assets/ by its content hash.
  if (file.startsWith('assets/')) return IMMUTABLE;
  return REVALIDATE;
}

/** Whether a request not matched by a file should get the app's shell. */
export function wantsAppShell(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (url === API_BASE || url.startsWith(`${API_BASE}/`) || url.startsWith('/api/')) return false;
  return (accept ?? '').includes('text/html');
}

export async function serveApp(app: FastifyInstance, staticDir: string): Promise<void> {
  const root = path.resolve(staticDir);
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('Cache-Control', cacheControlFor(path.relative(root, filePath)));
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (wantsAppShell(request.method, request.url, request.headers.accept)) {
      return reply.header('Cache-Control', REVALIDATE).sendFile('index.html');
    }
    return sendError(reply, 404, { code: 'not-found', message: messages.routeNotFound(request.method, request.url) });
  });
}
