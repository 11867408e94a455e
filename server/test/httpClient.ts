/**
 * A server listening on a loopback port for a test, and a small client that
 * speaks to it over real HTTP as the app would (bearer token, JSON bodies,
 * If-Match).
 */
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/app';
import { createTokenTable } from '../src/auth/tokens';
import type { ServiceStore } from '../src/store/types';

export const TOKENS = {
  official: 'test-official-maria',
  technical: 'test-technical-luca',
} as const;

export const testTokens = () =>
  createTokenTable([
    [TOKENS.official, { user: 'Maria Rossi', role: 'official' }],
    [TOKENS.technical, { user: 'Luca Bianchi', role: 'technical' }],
  ]);

export interface Listening {
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

export async function listen(store: ServiceStore, options: { bodyLimit?: number; staticDir?: string } = {}): Promise<Listening> {
  const app = await buildServer({ store, tokens: testTokens(), ...options });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base, close: () => app.close() };
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Raw text body (sent as JSON unless `contentType` says otherwise). */
  raw?: string;
  contentType?: string;
  ifMatch?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export async function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? TOKENS.technical : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
  let body: string | undefined;
  if (options.raw !== undefined || options.body !== undefined) {
    body = options.raw ?? JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
