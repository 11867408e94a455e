// @vitest-environment node
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app';
import { createTokenTable } from './auth/tokens';
import { cacheControlFor, wantsAppShell } from './staticApp';
import { createSqliteStore } from './store/sqliteStore';

describe('cacheControlFor', () => {
  it('caches hashed assets for good and revalidates the shell, the service worker and the rest', () => {
    expect(cacheControlFor('assets/index-Bx12abCd.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('sw.js')).toBe('no-cache');
    expect(cacheControlFor('index.html')).toBe('no-cache');
    expect(cacheControlFor('templates/bonus-alimentare.json')).toBe('no-cache');
  });
});

describe('wantsAppShell', () => {
  it('answers the app’s own routes with index.html, never the API', () => {
    expect(wantsAppShell('GET', '/servizi/abc/editor', 'text/html,application/xhtml+xml')).toBe(true);
    expect(wantsAppShell('GET', '/api/v1/nope', 'text/html')).toBe(false);
    expect(wantsAppShell('GET', '/assets/missing.js', '*/*')).toBe(false);
    expect(wantsAppShell('POST', '/servizi', 'text/html')).toBe(false);
  });
});

describe('the built app on the same origin', () => {
  let dir: string;
  let app: FastifyInstance;
  const store = createSqliteStore(':memory:');
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mattoncini-dist-'));
    mkdirSync(path.join(dir, 'assets'));
    mkdirSync(path.join(dir, 'schema'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Mattoncini</title>');
    writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(path.join(dir, 'assets/index-Bx12abCd.js'), 'console.log(1)');
    copyFileSync(path.join(process.cwd(), 'public/schema/service-definition.v1.json'), path.join(dir, 'schema/service-definition.v1.json'));
    app = await buildServer({ store, tokens: createTokenTable([]), staticDir: dir });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their cache headers', async () => {
    const sw = await app.inject({ url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ url: '/assets/index-Bx12abCd.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const schema = await app.inject({ url: '/schema/service-definition.v1.json' });
    expect(schema.statusCode).toBe(200);
    expect(JSON.parse(schema.body).$id).toBe('https://mattoncini.example/schema/service-definition.v1.json');
  });

  it('answers a reload of a client-side route with the shell, and unknown API paths with a JSON 404', async () => {
    const page = await app.inject({ url: '/servizi/tpl-bonus-alimentare/editor', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Mattoncini</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const api = await app.inject({ url: '/api/v1/nulla', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(JSON.parse(api.body)).toMatchObject({ code: 'not-found' });
    expect((await app.inject({ url: '/assets/mancante.js' })).statusCode).toBe(404);
  });
});
