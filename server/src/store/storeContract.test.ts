// @vitest-environment node
/**
 * The store contract, one suite run against both implementations: what the
 * API relies on must hold for SQLite and PostgreSQL alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { template, useStoreKinds } from '../../test/storeKinds';
import type { Author, ServiceStore } from './types';

const maria: Author = { user: 'Maria Rossi', role: 'official' };
const luca: Author = { user: 'Luca Bianchi', role: 'technical' };

describe.each(useStoreKinds())('$name store', (kind) => {
  let store: ServiceStore;
  const open = async () => (store = await kind.open());
  afterEach(async () => {
    await store?.close();
  });

  it('creates revision 1 with its author, lists it and gives it back as written', async () => {
    await open();
    const bonus = template('bonus-alimentare.json');
    const created = await store.create(bonus, maria);
    expect(created).toMatchObject({ ok: true, service: { id: bonus.id, revision: 1, deleted: false, savedBy: 'Maria Rossi', role: 'official' } });
    const got = await store.get(bonus.id);
    expect(got?.definition).toEqual({ ...bonus, revision: 1 });
    expect(Object.keys(got!.definition)).toEqual(Object.keys(bonus)); // key order kept: text, not jsonb
    const list = await store.list();
    expect(list).toEqual([
      expect.objectContaining({ id: bonus.id, title: bonus.card.title, status: bonus.status, revision: 1, savedBy: 'Maria Rossi', role: 'official', deleted: false }),
    ]);
    expect(Date.parse(list[0].savedAt)).not.toBeNaN();
  });

  it('refuses a second create with the same id, with the stored copy', async () => {
    await open();
    const nido = template('iscrizione-asilo-nido.json');
    await store.create(nido, maria);
    const again = await store.create({ ...nido, card: { ...nido.card, title: 'Altro' } }, luca);
    expect(again).toMatchObject({ ok: false, reason: 'exists', current: { revision: 1, savedBy: 'Maria Rossi' } });
    expect((await store.get(nido.id))?.definition.card.title).toBe(nido.card.title);
  });

  it('updates only from the current revision; a stale write changes nothing and returns the current copy', async () => {
    await open();
    const mensa = template('mensa-scolastica.json');
    await store.create(mensa, maria);
    const edited = { ...mensa, card: { ...mensa.card, title: 'Mensa scolastica 2027' } };
    const updated = await store.update(mensa.id, 1, edited, luca);
    expect(updated).toMatchObject({ ok: true, service: { revision: 2, savedBy: 'Luca Bianchi', role: 'technical' } });
    expect(updated.ok && updated.service.definition.revision).toBe(2);
    expect(await store.list()).toEqual([expect.objectContaining({ title: 'Mensa scolastica 2027', revision: 2, savedBy: 'Luca Bianchi', role: 'technical' })]);
    const stale = await store.update(mensa.id, 1, mensa, maria);
    expect(stale).toMatchObject({ ok: false, reason: 'stale', current: { revision: 2 } });
    expect(stale.ok === false && stale.reason === 'stale' && stale.current.definition.card.title).toBe('Mensa scolastica 2027');
    expect((await store.revisions(mensa.id))?.map((r) => r.revision)).toEqual([2, 1]);
    expect(await store.update('servizio-inesistente', 1, mensa, maria)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('deletes as a tombstone revision, hidden from the list unless asked, revived by an update', async () => {
    await open();
    const fines = template('pagamento-sanzioni.json');
    await store.create(fines, maria);
    expect(await store.delete(fines.id, 2, maria)).toMatchObject({ ok: false, reason: 'stale' });
    const deleted = await store.delete(fines.id, 1, luca);
    expect(deleted).toMatchObject({ ok: true, service: { revision: 2, deleted: true, savedBy: 'Luca Bianchi' } });
    expect(await store.delete(fines.id, 2, luca)).toMatchObject({ ok: false, reason: 'deleted' });
    expect(await store.list()).toEqual([]);
    expect(await store.list({ includeDeleted: true })).toEqual([expect.objectContaining({ id: fines.id, deleted: true, revision: 2 })]);
    const tombstone = await store.revision(fines.id, 2);
    expect(tombstone).toMatchObject({ action: 'delete', definition: null, savedBy: 'Luca Bianchi', role: 'technical' });

    const revived = await store.update(fines.id, 2, fines, maria);
    expect(revived).toMatchObject({ ok: true, service: { revision: 3, deleted: false } });
    expect((await store.list()).map((s) => s.id)).toEqual([fines.id]);
    expect((await store.revisions(fines.id))?.map((r) => `${r.revision}:${r.action}`)).toEqual(['3:update', '2:delete', '1:create']);
  });

  it('keeps each revision as it was written, and none that was not', async () => {
    await open();
    const cude = template('contrassegno-disabili.json');
    await store.create(cude, maria);
    await store.update(cude.id, 1, { ...cude, card: { ...cude.card, title: 'CUDE — seconda versione' } }, maria);
    expect((await store.revision(cude.id, 1))?.definition?.card.title).toBe(cude.card.title);
    expect((await store.revision(cude.id, 2))?.definition?.card.title).toBe('CUDE — seconda versione');
    expect(await store.revision(cude.id, 3)).toBeNull();
    expect(await store.revisions('servizio-inesistente')).toBeNull();
  });

  it('lets exactly one of 20 concurrent updates from the same revision win', async () => {
    await open();
    const anagrafe = template('prenotazione-anagrafe.json');
    await store.create(anagrafe, maria);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update(anagrafe.id, 1, { ...anagrafe, card: { ...anagrafe.card, title: `Versione ${i}` } }, luca),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'stale')).toHaveLength(19);
    expect((await store.revisions(anagrafe.id))?.map((r) => r.revision)).toEqual([2, 1]);
  });

  it('stores text that looks like SQL as plain text (parameterised queries)', async () => {
    await open();
    const bonus = template('bonus-alimentare.json');
    const sneaky = { ...bonus, id: "bonus'; DROP TABLE services; --", card: { ...bonus.card, title: "O'Brien \"); DELETE FROM revisions; --" } };
    expect((await store.create(sneaky, { user: "Robert'); DROP TABLE revisions;--", role: 'official' })).ok).toBe(true);
    expect((await store.get(sneaky.id))?.definition.card.title).toBe(sneaky.card.title);
    expect(await store.revisions(sneaky.id)).toEqual([expect.objectContaining({ savedBy: "Robert'); DROP TABLE revisions;--" })]);
  });
});
