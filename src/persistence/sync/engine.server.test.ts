// @vitest-environment node
/**
 * The sync engine against the real reference server (Fastify + SQLite in
 * memory, listening on a free port): two "browsers" — two IndexedDB databases
 * (fake-indexeddb) with their own repositories and engines — share it.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/src/app';
import { createTokenTable } from '../../../server/src/auth/tokens';
import { createSqliteStore } from '../../../server/src/store/sqliteStore';
import type { ServiceDefinition } from '../../model/types';
import { nidoComunaleFixture } from '../../store/testing/fixtures';
import { MattonciniDb } from '../db';
import { createPendingJournal } from '../pendingJournal';
import { createServiceRepository } from '../serviceRepository';
import type { FetchLike } from './apiClient';
import { createSyncEngine } from './engine';
import { resolveConflict } from './resolve';
import { serviceSyncStatus } from './serviceStatus';
import { readHealth, writeConfig } from './syncStore';

let server: FastifyInstance;
let origin: string;

beforeAll(async () => {
  server = await buildServer({
    store: createSqliteStore(':memory:'),
    tokens: createTokenTable([
      ['tok-maria', { user: 'Maria Rossi', role: 'official' }],
      ['tok-luca', { user: 'Luca Bianchi', role: 'technical' }],
    ]),
  });
  origin = await server.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
});

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** One browser: its own database, repository and engine; `online` switches its network. */
async function browser(token = 'tok-maria') {
  const db = new MattonciniDb(`sync-it-${crypto.randomUUID()}`);
  opened.push(db);
  const journal = createPendingJournal(undefined);
  const repository = createServiceRepository(db, { journal });
  const net = { online: true };
  const fetchImpl: FetchLike = (input, init) => (net.online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
  /** Services whose pulled copy was stored, as told to this browser's open sessions. */
  const published: string[] = [];
  const engine = createSyncEngine({ db, repository, fetch: fetchImpl, journal, notices: { publish: (id) => published.push(id) } });
  await writeConfig(db, { url: origin, token });
  const status = async (id: string) =>
    serviceSyncStatus(await db.syncState.get(id), await db.outbox.where('serviceId').equals(id).count(), await readHealth(db));
  const load = async (id: string) => {
    const loaded = await repository.get(id);
    if (!loaded.ok) throw new Error(`${id} not loaded`);
    return loaded.definition;
  };
  /** What an official's edit does: autosave stores the next local revision. */
  const edit = async (id: string, change: (d: ServiceDefinition) => void) => {
    const next = structuredClone(await load(id));
    change(next);
    await repository.put({ ...next, revision: next.revision + 1 });
  };
  return { db, repository, engine, net, status, load, edit, published };
}

/** A fresh service (unique id) as created in the catalogue. */
function newService(title: string): ServiceDefinition {
  const base = nidoComunaleFixture();
  return { ...base, id: `svc-${crypto.randomUUID()}`, revision: 1, card: { ...base.card, title } };
}

const serverCopy = async (id: string) => {
  const response = await fetch(`${origin}/api/v1/services/${id}`, { headers: { Authorization: 'Bearer tok-luca' } });
  return { status: response.status, etag: response.headers.get('ETag'), body: (await response.json()) as ServiceDefinition };
};

describe('sync engine against the reference server', () => {
  it('pushes a new service (POST), the other browser pulls it; each keeps its own local revision', async () => {
    const a = await browser();
    const b = await browser();
    const service = newService('Iscrizione al nido 2027');
    await a.repository.put(service);
    await a.edit(service.id, (d) => (d.card.who = 'Famiglie residenti'));
    expect(await a.status(service.id)).toBe('pending');

    expect((await a.engine.runOnce()).state).toBe('ok');
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.status(service.id)).toBe('synced');
    const onServer = await serverCopy(service.id);
    expect(onServer.etag).toBe('"1"'); // two local saves coalesced into one POST
    expect(onServer.body.card.who).toBe('Famiglie residenti');

    await b.engine.runOnce();
    const pulled = await b.load(service.id);
    expect(pulled.card.who).toBe('Famiglie residenti');
    expect(await b.status(service.id)).toBe('synced');
    expect((await b.db.syncState.get(service.id))?.serverRevision).toBe(1);
    expect(await b.db.outbox.count()).toBe(0); // a pulled copy is not sent back
    // B's open sessions are told about the stored copy; A, who only pushed, hears nothing.
    expect(b.published).toContain(service.id);
    expect(a.published).not.toContain(service.id);
  });

  it('updates with If-Match, then a concurrent edit becomes a conflict that keeps both copies', async () => {
    const a = await browser();
    const b = await browser();
    const service = newService('Bonus libri');
    await a.repository.put(service);
    await a.engine.runOnce();
    await b.engine.runOnce();

    b.net.online = false;
    await a.edit(service.id, (d) => (d.card.title = 'Bonus libri — versione di A'));
    await b.edit(service.id, (d) => {
      d.card.title = 'Bonus libri — versione di B';
      d.card.costs = 'Gratuito';
    });
    await a.engine.runOnce();
    expect((await serverCopy(service.id)).etag).toBe('"2"');

    expect((await b.engine.runOnce()).state).toBe('offline');
    expect(await b.status(service.id)).toBe('offline');
    expect(await b.db.outbox.count()).toBe(1);

    b.net.online = true;
    await b.engine.runOnce();
    expect(await b.status(service.id)).toBe('conflict');
    const conflict = (await b.db.syncState.get(service.id))!.conflict!;
    expect(conflict.current.card.title).toBe('Bonus libri — versione di A');
    expect(conflict).toMatchObject({ revision: 2, savedBy: 'Maria Rossi', role: 'official' });
    // B's local changes were not replaced, so its open sessions were told only of the first pull.
    expect(b.published.filter((id) => id === service.id)).toEqual([service.id]);
    // Nothing overwritten on either side.
    expect((await b.load(service.id)).card.title).toBe('Bonus libri — versione di B');
    expect((await serverCopy(service.id)).body.card.title).toBe('Bonus libri — versione di A');

    const copyId = await resolveConflict(b, service.id, 'both');
    await b.engine.runOnce();
    expect(await b.status(service.id)).toBe('synced');
    expect((await b.load(service.id)).card.title).toBe('Bonus libri — versione di A');
    const mine = await serverCopy(copyId!);
    expect(mine.body.card.title).toBe('Bonus libri — versione di B (mia versione)');
    expect(mine.body.card.costs).toBe('Gratuito');

    await a.engine.runOnce();
    expect((await a.load(copyId!)).card.title).toBe('Bonus libri — versione di B (mia versione)');
  });

  it('«Tieni la mia» sends the local copy over the server’s revision', async () => {
    const a = await browser();
    const b = await browser();
    const service = newService('Contributo affitto');
    await a.repository.put(service);
    await a.engine.runOnce();
    await b.engine.runOnce();
    await a.edit(service.id, (d) => (d.card.title = 'Contributo affitto (A)'));
    await b.edit(service.id, (d) => (d.card.title = 'Contributo affitto (B)'));
    await a.engine.runOnce();
    await b.engine.runOnce();
    expect(await b.status(service.id)).toBe('conflict');

    await resolveConflict(b, service.id, 'mine');
    await b.engine.runOnce();
    expect(await b.status(service.id)).toBe('synced');
    const onServer = await serverCopy(service.id);
    expect(onServer.body.card.title).toBe('Contributo affitto (B)');
    expect(onServer.etag).toBe('"3"');
  });

  it('«Tieni quella del server» keeps the local version in the trash as its own service', async () => {
    const a = await browser();
    const b = await browser();
    const service = newService('Mensa scolastica');
    await a.repository.put(service);
    await a.engine.runOnce();
    await b.engine.runOnce();
    await a.edit(service.id, (d) => (d.card.title = 'Mensa (A)'));
    await b.edit(service.id, (d) => (d.card.title = 'Mensa (B)'));
    await a.engine.runOnce();
    await b.engine.runOnce();

    await resolveConflict(b, service.id, 'theirs');
    expect((await b.load(service.id)).card.title).toBe('Mensa (A)');
    expect((await b.repository.listTrash()).map((s) => s.title)).toEqual(['Mensa (B) (versione locale scartata)']);
    await b.engine.runOnce();
    expect(await b.status(service.id)).toBe('synced');
    expect(await b.db.outbox.count()).toBe(0); // the discarded copy never left this browser
  });

  it('a deletion travels as a tombstone: the other browser moves its copy to the trash', async () => {
    const a = await browser();
    const b = await browser();
    const service = newService('Permesso ZTL');
    await a.repository.put(service);
    await a.engine.runOnce();
    await b.engine.runOnce();
    await a.repository.softDelete(service.id);
    await a.engine.runOnce();
    expect((await serverCopy(service.id)).status).toBe(410);
    await b.engine.runOnce();
    expect((await b.repository.listTrash()).map((s) => s.id)).toEqual([service.id]);
  });

  it('an edit saved on top of a copy older than the pulled one is held as a conflict, not sent', async () => {
    const a = await browser();
    const b = await browser();
    const service = newService('Trasporto scolastico');
    await a.repository.put(service);
    await a.engine.runOnce();
    await b.engine.runOnce();
    const openInEditor = await b.load(service.id); // B's editor is open on this copy
    await a.edit(service.id, (d) => (d.card.title = 'Trasporto (A)'));
    await a.engine.runOnce();
    await b.engine.runOnce(); // pulls A's title
    expect((await b.load(service.id)).card.title).toBe('Trasporto (A)');
    // The editor still holds the old copy and saves its next revision over the pulled one.
    await b.repository.put({ ...openInEditor, revision: openInEditor.revision + 1, card: { ...openInEditor.card, costs: '2 €' } });
    await b.engine.runOnce();
    expect(await b.status(service.id)).toBe('conflict');
    expect((await serverCopy(service.id)).body.card.title).toBe('Trasporto (A)');
  });

  it('refusals stay on the service with the server’s Italian message, the outbox kept', async () => {
    const a = await browser();
    const service = newService('Occupazione suolo pubblico');
    await a.repository.put(service);
    await a.engine.runOnce();
    await a.edit(service.id, (d) => (d.technical.accessLevel = d.technical.accessLevel === 'cie' ? 'spid_l2' : 'cie'));
    await a.engine.runOnce();
    expect(await a.status(service.id)).toBe('error');
    expect((await a.db.syncState.get(service.id))?.error).toMatch(/Livello di accesso/);
    expect(await a.db.outbox.count()).toBe(1);

    const stranger = await browser('tok-wrong');
    const health = await stranger.engine.runOnce();
    expect(health).toMatchObject({ state: 'error', message: expect.stringMatching(/Token non valido/) });
  });

  it('copies of one template on both browsers that never synced are one service, not a conflict', async () => {
    const a = await browser();
    const b = await browser();
    const template = newService('Modello: bonus alimentare');
    await a.repository.put(template);
    await b.repository.put({ ...template, revision: 4, updatedAt: '2027-05-01T00:00:00.000Z' });
    await a.engine.runOnce(); // pull queues it (the server has never had it), push creates it
    await a.engine.runOnce();
    expect((await serverCopy(template.id)).status).toBe(200);
    await b.engine.runOnce();
    expect(await b.status(template.id)).toBe('synced');
    expect((await b.db.syncState.get(template.id))?.conflict).toBeNull();
  });
});
