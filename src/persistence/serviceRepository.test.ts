import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../model/types';
import { nidoComunaleFixture } from '../store/testing/fixtures';
import { MattonciniDb } from './db';
import { createServiceRepository } from './serviceRepository';

const opened: MattonciniDb[] = [];

function setup() {
  const db = new MattonciniDb(`mattoncini-test-${crypto.randomUUID()}`);
  opened.push(db);
  let clock = Date.UTC(2027, 1, 1);
  const repo = createServiceRepository(db, { now: () => clock });
  return { db, repo, tick: (ms: number) => (clock += ms) };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** The nursery fixture as another named service, changed at `updatedAt`. */
function service(id: string, title: string, updatedAt: string): ServiceDefinition {
  const base = nidoComunaleFixture();
  return { ...base, id, updatedAt, card: { ...base.card, title } };
}

const nido = service('nido-comunale', 'Iscrizione all’asilo nido comunale', '2027-01-15T09:00:00.000Z');
const mensa = service('mensa-scolastica', 'Iscrizione alla mensa scolastica', '2027-01-20T09:00:00.000Z');
const tari = service('agevolazione-tari', 'Agevolazione TARI', '2027-01-10T09:00:00.000Z');

describe('service repository', () => {
  it('round-trips a definition through restore()', async () => {
    const { repo } = setup();
    await repo.put(nido);
    const loaded = await repo.get('nido-comunale');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.definition).toEqual(nido);
  });

  it('lists light summaries, most recently changed first', async () => {
    const { repo } = setup();
    await repo.putMany([nido, mensa, tari]);
    const list = await repo.list();
    expect(list.map((s) => s.id)).toEqual(['mensa-scolastica', 'nido-comunale', 'agevolazione-tari']);
    expect(list[0]).toEqual({
      id: 'mensa-scolastica',
      title: 'Iscrizione alla mensa scolastica',
      status: 'draft',
      updatedAt: Date.parse('2027-01-20T09:00:00.000Z'),
      deletedAt: null,
    });
  });

  it('a missing service is a not-found result', async () => {
    const { repo } = setup();
    const result = await repo.get('non-esiste');
    expect(result).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('a stored row that fails restore comes back as an error with paths and Italian messages', async () => {
    const { db, repo } = setup();
    const broken = { ...nido, steps: [], card: { ...nido.card, title: '' } } as unknown as ServiceDefinition;
    await db.services.put({ id: nido.id, definition: broken, updatedAt: 0, status: 'draft', title: '', deletedAt: null });
    const result = await repo.get(nido.id);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('invalid');
    // JSON Pointer paths and plain Italian, straight from restore().
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: '/card/title', message: expect.stringMatching(/titolo.*obbligatorio/i) },
        { path: '/steps', message: expect.stringMatching(/almeno un passo/) },
      ]),
    );
    // The catalogue still lists it, so it can be opened to see the errors or be deleted.
    expect((await repo.list()).map((s) => s.id)).toContain(nido.id);
  });

  it('a row whose content is not even an object is an error, not an exception', async () => {
    const { db, repo } = setup();
    await db.services.put({ id: 'rotto', definition: 'non json' as unknown as ServiceDefinition, updatedAt: 0, status: 'draft', title: 'Rotto', deletedAt: null });
    await expect(repo.get('rotto')).resolves.toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a row stored under another id is rejected', async () => {
    const { db, repo } = setup();
    await db.services.put({ id: 'altro', definition: nido, updatedAt: 0, status: 'draft', title: 'x', deletedAt: null });
    const result = await repo.get('altro');
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: [{ path: '/id' }] });
  });

  it('trash flow: soft delete, list trash, restore, purge', async () => {
    const { repo, tick } = setup();
    await repo.putMany([nido, mensa, tari]);
    expect(await repo.softDelete('nido-comunale')).toBe(true);
    tick(60_000);
    expect(await repo.softDelete('agevolazione-tari')).toBe(true);
    expect(await repo.softDelete('agevolazione-tari')).toBe(false);
    expect((await repo.list()).map((s) => s.id)).toEqual(['mensa-scolastica']);
    const trash = await repo.listTrash();
    expect(trash.map((s) => s.id)).toEqual(['agevolazione-tari', 'nido-comunale']);
    expect(trash[1].deletedAt).toBe(Date.UTC(2027, 1, 1));

    expect(await repo.restoreFromTrash('nido-comunale')).toBe(true);
    expect(await repo.restoreFromTrash('nido-comunale')).toBe(false);
    expect((await repo.list()).map((s) => s.id)).toEqual(['mensa-scolastica', 'nido-comunale']);

    expect(await repo.purge('mensa-scolastica')).toBe(false); // not in the trash: kept
    expect(await repo.purge('agevolazione-tari')).toBe(true);
    expect(await repo.listTrash()).toEqual([]);
    expect(await repo.get('agevolazione-tari')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await repo.softDelete('non-esiste')).toBe(false);
  });

  it('saving a trashed service keeps it in the trash', async () => {
    const { repo } = setup();
    await repo.put(nido);
    await repo.softDelete(nido.id);
    await repo.put({ ...nido, revision: 1 });
    expect((await repo.listTrash()).map((s) => s.id)).toEqual([nido.id]);
  });

  it('putMany is all or nothing', async () => {
    const { repo } = setup();
    const invalidKey = { ...mensa, id: undefined } as unknown as ServiceDefinition;
    await expect(repo.putMany([nido, invalidKey])).rejects.toThrow();
    expect(await repo.list()).toEqual([]);
  });

  it('put keeps the summary columns in sync with the definition', async () => {
    const { db, repo } = setup();
    await repo.put({ ...nido, status: 'published', card: { ...nido.card, title: 'Nido 2027/2028' } });
    const row = await db.services.get(nido.id);
    expect(row).toMatchObject({ status: 'published', title: 'Nido 2027/2028', deletedAt: null });
  });
});
