import { afterEach, describe, expect, it } from 'vitest';
import { MattonciniDb } from './db';
import { createMetaRepository, META_TEMPLATES_SEEDED } from './metaRepository';

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('database schema', () => {
  it('declares services, meta and outbox with the expected keys and indexes', async () => {
    const db = new MattonciniDb(`mattoncini-test-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    const services = db.services.schema;
    expect(services.primKey.keyPath).toBe('id');
    expect(services.indexes.map((i) => i.name).sort()).toEqual(['deletedAt', 'status', 'updatedAt']);
    expect(db.meta.schema.primKey.keyPath).toBe('key');
    expect(db.outbox.schema.primKey).toMatchObject({ keyPath: 'seq', auto: true });
    expect(db.outbox.schema.indexes.map((i) => i.name)).toEqual(['serviceId']);
    // Version 2 adds what sync remembers of each service on the server.
    expect(db.syncState.schema.primKey.keyPath).toBe('serviceId');
  });

  it('outbox assigns growing sequence numbers', async () => {
    const db = new MattonciniDb(`mattoncini-test-${crypto.randomUUID()}`);
    opened.push(db);
    const a = await db.outbox.add({ serviceId: 'nido-comunale', kind: 'put', revision: 1, createdAt: 1 });
    const b = await db.outbox.add({ serviceId: 'nido-comunale', kind: 'put', revision: 2, createdAt: 2 });
    expect(b).toBeGreaterThan(a as number);
  });

  it('meta repository stores small flags', async () => {
    const db = new MattonciniDb(`mattoncini-test-${crypto.randomUUID()}`);
    opened.push(db);
    const meta = createMetaRepository(db);
    expect(await meta.get(META_TEMPLATES_SEEDED)).toBeUndefined();
    await meta.set(META_TEMPLATES_SEEDED, true);
    expect(await meta.get<boolean>(META_TEMPLATES_SEEDED)).toBe(true);
  });
});
