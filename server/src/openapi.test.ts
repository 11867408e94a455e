// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildServer } from './app';
import { createTokenTable } from './auth/tokens';
import { createSqliteStore } from './store/sqliteStore';

/** Fastify's `/a/:id` as OpenAPI's `/a/{id}`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}');

/**
 * Every route the server registered, from Fastify's own route tree
 * (`printRoutes`), as `METHOD /full/path` (HEAD, which Fastify adds to each
 * GET, left out).
 */
function registeredRoutes(tree: string): string[] {
  const prefixes: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([\s│]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    const path = (prefixes[depth - 1] ?? '') + match[2];
    prefixes[depth] = path;
    for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

describe('the OpenAPI document', () => {
  it('is served without a token as OpenAPI 3.1.0 JSON describing exactly the routes the server registers', async () => {
    const store = createSqliteStore(':memory:');
    const app = await buildServer({ store, tokens: createTokenTable([]) });
    await app.ready();
    const answer = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const doc = JSON.parse(answer.body);
    expect(doc.openapi).toBe('3.1.0');

    const routes = registeredRoutes(app.printRoutes({ commonPrefix: false }));
    expect(routes).toContain('PUT /api/v1/services/:id');
    expect(routes).toHaveLength(10);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(routes.map((route) => openApiPath(route)).sort());
    await app.close();
    await store.close();
  });

  it('references the service-definition schema and the ApiError schema, with bearer security', async () => {
    const store = createSqliteStore(':memory:');
    const app = await buildServer({ store, tokens: createTokenTable([]) });
    const doc = JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.ServiceDefinition.properties.technical).toBeDefined();
    expect(doc.components.schemas.ApiError.properties.code.enum).toContain('forbidden-option');
    const put = doc.paths['/api/v1/services/{id}'].put;
    expect(Object.keys(put.responses).sort()).toEqual(['200', '400', '401', '403', '404', '412', '413', '415', '422', '428']);
    expect(put.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/ServiceDefinition');
    // Every $ref resolves inside the document.
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref.slice(22, -1)], ref).toBeDefined();
    await app.close();
    await store.close();
  });
});

describe('the published JSON Schema', () => {
  it('is served without a token, equal to public/schema/service-definition.v1.json, also when no app is served', async () => {
    const store = createSqliteStore(':memory:');
    const app = await buildServer({ store, tokens: createTokenTable([]) });
    const answer = await app.inject({ url: '/schema/service-definition.v1.json' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(JSON.parse(answer.body)).toEqual(JSON.parse(readFileSync('public/schema/service-definition.v1.json', 'utf8')));
    await app.close();
    await store.close();
  });
});
