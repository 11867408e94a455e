import { afterEach, describe, expect, it } from 'vitest';
import { nidoComunaleFixture } from '../../store/testing/fixtures';
import { MattonciniDb } from '../db';
import { createServiceRepository } from '../serviceRepository';
import { SYNC_CONFIG_KEY } from './outboxHook';

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function setup() {
  const db = new MattonciniDb(`outbox-test-${crypto.randomUUID()}`);
  opened.push(db);
  return { db, repo: createServiceRepository(db, { now: () => 1_000 }) };
}

const nido = nidoComunaleFixture();
const rows = (db: MattonciniDb) => db.outbox.orderBy('seq').toArray().then((r) => r.map(({ serviceId, kind, revision }) => ({ serviceId, kind, revision })));

describe('outbox rows written with local changes', () => {
  it('records nothing while sync is not configured', async () => {
    const { db, repo } = setup();
    await repo.put(nido);
    await repo.softDelete(nido.id);
    expect(await db.outbox.count()).toBe(0);
  });

  it('records save, move to the trash and restore, in order, once sync is configured', async () => {
    const { db, repo } = setup();
    await db.meta.put({ key: SYNC_CONFIG_KEY, value: { url: 'http://localhost', token: 't' } });
    await repo.put({ ...nido, revision: 1 });
    await repo.put({ ...nido, revision: 2 });
    await repo.softDelete(nido.id);
    await repo.restoreFromTrash(nido.id);
    expect(await rows(db)).toEqual([
      { serviceId: nido.id, kind: 'put', revision: 1 },
      { serviceId: nido.id, kind: 'put', revision: 2 },
      { serviceId: nido.id, kind: 'delete', revision: 2 },
      { serviceId: nido.id, kind: 'put', revision: 2 },
    ]);
  });

  it('does not queue the server’s own copy when sync stores it', async () => {
    const { db, repo } = setup();
    await db.meta.put({ key: SYNC_CONFIG_KEY, value: { url: 'http://localhost', token: 't' } });
    await repo.put(nido, { fromSync: true });
    await repo.softDelete(nido.id, { fromSync: true });
    expect(await db.outbox.count()).toBe(0);
  });

  it('a failed save leaves no outbox row behind (one transaction)', async () => {
    const { db, repo } = setup();
    await db.meta.put({ key: SYNC_CONFIG_KEY, value: { url: 'http://localhost', token: 't' } });
    // A definition IndexedDB cannot clone makes the row write throw inside the transaction.
    const broken = { ...nido, card: { ...nido.card, title: (() => 1) as unknown as string } };
    await expect(repo.put(broken)).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.services.count()).toBe(0);
  });
});
