// @vitest-environment node
/**
 * The sync API over real HTTP, against both stores: what the app (and a
 * Comune's other systems) will see.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../src/model';
import type { ServiceStore } from '../src/store/types';
import { call, listen, TOKENS, type Listening } from './httpClient';
import { template, useStoreKinds } from './storeKinds';

const API = '/api/v1';
const url = (id: string) => `${API}/services/${encodeURIComponent(id)}`;
const retitled = (def: ServiceDefinition, title: string): ServiceDefinition => ({ ...def, card: { ...def.card, title } });

describe.each(useStoreKinds())('API with the $name store', (kind) => {
  let store: ServiceStore;
  let server: Listening;
  let base: string;
  const start = async (options: { bodyLimit?: number } = {}) => {
    store = await kind.open();
    server = await listen(store, options);
    base = server.base;
  };
  afterEach(async () => {
    await server?.close();
    await store?.close();
  });
  const create = (def: ServiceDefinition, token: string = TOKENS.technical) =>
    call(base, 'POST', `${API}/services`, { body: def, token });

  it('answers 401 with WWW-Authenticate without a valid token, and says who a token is', async () => {
    await start();
    for (const token of [null, 'not-a-known-token', TOKENS.official.slice(0, -1)]) {
      const answer = await call(base, 'GET', `${API}/services`, { token });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(answer.body).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('token') });
    }
    expect((await call(base, 'GET', `${API}/me`, { token: TOKENS.official })).body).toEqual({ user: 'Maria Rossi', role: 'official' });
  });

  it('creates a service (201, ETag, Location), lists it and gives it back with its ETag; 409 on the same id', async () => {
    await start();
    const bonus = template('bonus-alimentare.json');
    const created = await create(bonus, TOKENS.official);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(url(bonus.id));
    expect(created.body).toEqual({ ...bonus, revision: 1 });

    const list = await call(base, 'GET', `${API}/services`);
    expect(list.body.services).toEqual([
      expect.objectContaining({ id: bonus.id, title: bonus.card.title, revision: 1, savedBy: 'Maria Rossi', role: 'official', deleted: false }),
    ]);
    const got = await call(base, 'GET', url(bonus.id));
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.body.card.title).toBe(bonus.card.title);

    const again = await create(retitled(bonus, 'Doppione'));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'exists', revision: 1, current: { card: { title: bonus.card.title } } });
    expect((await call(base, 'GET', url('servizio-mai-visto'))).status).toBe(404);
  });

  it('updates with If-Match; a stale If-Match gets 412 with the server’s copy; no If-Match gets 428', async () => {
    await start();
    const nido = template('iscrizione-asilo-nido.json');
    await create(nido);
    const first = await call(base, 'PUT', url(nido.id), { body: retitled(nido, 'Asilo nido 2027/28'), ifMatch: '"1"' });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    expect(first.body).toMatchObject({ revision: 2, card: { title: 'Asilo nido 2027/28' } });

    const stale = await call(base, 'PUT', url(nido.id), { body: retitled(nido, 'Versione vecchia'), ifMatch: '"1"', token: TOKENS.official });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'stale', revision: 2, current: { revision: 2, card: { title: 'Asilo nido 2027/28' } } });
    expect(stale.body.message).toContain('revisione sul server è la 2');

    const missing = await call(base, 'PUT', url(nido.id), { body: nido });
    expect(missing.status).toBe(428);
    expect(missing.body).toMatchObject({ code: 'precondition-required', message: expect.stringContaining('If-Match') });
    const garbled = await call(base, 'PUT', url(nido.id), { body: nido, ifMatch: 'revisione due' });
    expect(garbled.status).toBe(400);
    expect((await call(base, 'DELETE', url(nido.id))).status).toBe(428);
    expect((await call(base, 'PUT', url('servizio-mai-visto'), { body: { ...nido, id: 'servizio-mai-visto' }, ifMatch: '"1"' })).status).toBe(404);
    expect((await call(base, 'GET', url(nido.id))).body.card.title).toBe('Asilo nido 2027/28');
  });

  it('deletes as a tombstone: 204, then 410 with the revision, listed only with includeDeleted; a PUT with its revision revives it', async () => {
    await start();
    const mensa = template('mensa-scolastica.json');
    await create(mensa);
    expect((await call(base, 'DELETE', url(mensa.id), { ifMatch: '"2"' })).status).toBe(412);
    const deleted = await call(base, 'DELETE', url(mensa.id), { ifMatch: '"1"', token: TOKENS.official });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('etag')).toBe('"2"');
    const gone = await call(base, 'GET', url(mensa.id));
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ code: 'deleted', revision: 2 });
    expect((await call(base, 'DELETE', url(mensa.id), { ifMatch: '"2"' })).status).toBe(410);
    expect((await call(base, 'GET', `${API}/services`)).body.services).toEqual([]);
    expect((await call(base, 'GET', `${API}/services?includeDeleted=true`)).body.services).toEqual([
      expect.objectContaining({ id: mensa.id, deleted: true, revision: 2, savedBy: 'Maria Rossi' }),
    ]);
    const stalePut = await call(base, 'PUT', url(mensa.id), { body: mensa, ifMatch: '"1"' });
    expect(stalePut.status).toBe(412);
    expect(stalePut.body.current).toBeUndefined();

    const revived = await call(base, 'PUT', url(mensa.id), { body: mensa, ifMatch: '"2"' });
    expect(revived.status).toBe(200);
    expect(revived.headers.get('etag')).toBe('"3"');
    expect((await call(base, 'GET', url(mensa.id))).status).toBe(200);
  });

  it('lists revisions newest first with author and role, and gives back one revision as stored then', async () => {
    await start();
    const cude = template('contrassegno-disabili.json');
    await create(cude, TOKENS.official);
    await call(base, 'PUT', url(cude.id), { body: retitled(cude, 'CUDE rivisto'), ifMatch: '"1"', token: TOKENS.technical });
    await call(base, 'DELETE', url(cude.id), { ifMatch: '"2"', token: TOKENS.official });
    const revisions = await call(base, 'GET', `${url(cude.id)}/revisions`);
    expect(revisions.body.serviceId).toBe(cude.id);
    expect(revisions.body.revisions.map((r: any) => [r.revision, r.action, r.savedBy, r.role])).toEqual([
      [3, 'delete', 'Maria Rossi', 'official'],
      [2, 'update', 'Luca Bianchi', 'technical'],
      [1, 'create', 'Maria Rossi', 'official'],
    ]);
    const first = await call(base, 'GET', `${url(cude.id)}/revisions/1`);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(first.body.card.title).toBe(cude.card.title);
    expect((await call(base, 'GET', `${url(cude.id)}/revisions/2`)).body.card.title).toBe('CUDE rivisto');
    expect((await call(base, 'GET', `${url(cude.id)}/revisions/3`)).status).toBe(404); // the tombstone has no content
    expect((await call(base, 'GET', `${url(cude.id)}/revisions/9`)).status).toBe(404);
    expect((await call(base, 'GET', `${url(cude.id)}/revisions/ultima`)).status).toBe(400);
    expect((await call(base, 'GET', `${url('servizio-mai-visto')}/revisions`)).status).toBe(404);
  });

  it('refuses an official’s change to reserved options with 403 naming each, and writes nothing', async () => {
    await start();
    const fines = template('pagamento-sanzioni.json');
    await create(fines);
    const edited = structuredClone(fines);
    edited.card.title = 'Multe — titolo nuovo';
    edited.technical.accessLevel = 'spid_l2';
    edited.steps[1].nodes[0].props.entityTaxCode = '00353170455';
    const refused = await call(base, 'PUT', url(fines.id), { body: edited, ifMatch: '"1"', token: TOKENS.official });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden-option');
    expect(refused.body.options).toEqual([
      { path: '/technical/accessLevel', label: 'Livello di accesso' },
      { path: '/steps/1/nodes/0/props/entityTaxCode', label: 'Codice fiscale dell’ente creditore' },
    ]);
    expect(refused.body.message).toBe(
      'Solo i responsabili tecnici possono modificare: «Livello di accesso» (/technical/accessLevel), «Codice fiscale dell’ente creditore» (/steps/1/nodes/0/props/entityTaxCode). Nessuna modifica è stata scritta.',
    );
    const after = await call(base, 'GET', url(fines.id));
    expect(after.headers.get('etag')).toBe('"1"');
    expect(after.body.card.title).toBe(fines.card.title);
    expect((await call(base, 'GET', `${url(fines.id)}/revisions`)).body.revisions).toHaveLength(1);

    // The same change from technical staff goes through; an official may still edit the rest.
    expect((await call(base, 'PUT', url(fines.id), { body: edited, ifMatch: '"1"', token: TOKENS.technical })).status).toBe(200);
    const officialEdit = { ...edited, revision: 2, card: { ...edited.card, title: 'Multe — dal funzionario' } };
    expect((await call(base, 'PUT', url(fines.id), { body: officialEdit, ifMatch: '"2"', token: TOKENS.official })).status).toBe(200);
  });

  it('answers 422 with JSON paths for a body that is not a valid definition, and for an id that differs from the path', async () => {
    await start();
    const anagrafe = template('prenotazione-anagrafe.json');
    const broken = { ...anagrafe, status: 'aperto', steps: [] };
    const invalid = await create(broken as unknown as ServiceDefinition);
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('invalid');
    expect(invalid.body.message).toMatch(/non è valida/);
    const paths = invalid.body.issues.map((issue: any) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['/status', '/steps']));
    expect(invalid.body.issues.every((issue: any) => typeof issue.message === 'string' && issue.message.length > 0)).toBe(true);

    const syntax = await call(base, 'POST', `${API}/services`, { raw: '{"id": "x",' });
    expect(syntax.status).toBe(422);
    expect(syntax.body.issues[0].message).toMatch(/riga 1/);
    const empty = await call(base, 'POST', `${API}/services`, { raw: '' });
    expect(empty.status).toBe(422);
    const notJson = await call(base, 'POST', `${API}/services`, { raw: 'id=1', contentType: 'text/plain' });
    expect(notJson.status).toBe(415);
    expect(notJson.body).toMatchObject({ code: 'invalid', message: expect.stringContaining('JSON') });

    await create(anagrafe);
    const otherId = await call(base, 'PUT', url(anagrafe.id), { body: { ...anagrafe, id: 'altro-servizio' }, ifMatch: '"1"' });
    expect(otherId.status).toBe(422);
    expect(otherId.body.issues).toEqual([{ path: '/id', message: expect.stringContaining('altro-servizio') }]);
    expect((await call(base, 'GET', `${API}/services`)).body.services).toHaveLength(1);
  });

  it('answers 413 to a body over the limit, and stores nothing', async () => {
    await start({ bodyLimit: 64 * 1024 });
    const bonus = template('bonus-alimentare.json');
    const huge = retitled(bonus, 'Bonus');
    huge.card.description = 'x'.repeat(100 * 1024);
    const answer = await create(huge);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'too-large', message: expect.stringContaining('64 KiB') });
    expect((await call(base, 'GET', `${API}/services`)).body.services).toEqual([]);
  });

  it('lets exactly one of 20 parallel PUTs with the same If-Match win: one 200, 19 × 412, one new revision', async () => {
    await start();
    const anagrafe = template('prenotazione-anagrafe.json');
    await create(anagrafe);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(base, 'PUT', url(anagrafe.id), { body: retitled(anagrafe, `Prenotazione — versione ${i}`), ifMatch: '"1"' }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(412)]);
    const winner = answers.find((a) => a.status === 200)!;
    for (const loser of answers.filter((a) => a.status === 412)) {
      expect(loser.body.current.card.title).toBe(winner.body.card.title);
    }
    const revisions = await call(base, 'GET', `${url(anagrafe.id)}/revisions`);
    expect(revisions.body.revisions.map((r: any) => r.revision)).toEqual([2, 1]);
    expect((await call(base, 'GET', url(anagrafe.id))).body.card.title).toBe(winner.body.card.title);
  });

  it('never shows a stack trace and answers unknown API paths with an Italian 404', async () => {
    await start();
    const unknown = await call(base, 'GET', `${API}/servizi-sconosciuti`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'not-found', message: expect.stringContaining('Nessuna risorsa') });
    const weird = await call(base, 'PUT', url('x'), { raw: '[[[[', ifMatch: '"1"' });
    expect(weird.status).toBe(422);
    expect(JSON.stringify(weird.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
