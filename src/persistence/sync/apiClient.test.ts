import { describe, expect, it } from 'vitest';
import { nidoComunaleFixture } from '../../store/testing/fixtures';
import { createSyncApi, refusalMessage, serverBase, type FetchLike } from './apiClient';

/** A fetch that records the request and answers with `status`, `body` and headers. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: { url: string; init?: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    seen.push({ url, init });
    return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  };
  return { fetchImpl, seen };
}

const config = { url: 'https://servizi.comune.it/', token: 'tok' };
const nido = nidoComunaleFixture();

describe('sync API client', () => {
  it('sends the bearer token and If-Match, and reads the ETag as the server revision', async () => {
    const { fetchImpl, seen } = answering(200, nido, { ETag: '"4"' });
    const result = await createSyncApi(config, fetchImpl).update(nido, 3);
    expect(seen[0].url).toBe('https://servizi.comune.it/api/v1/services/nido-comunale');
    expect(seen[0].init?.method).toBe('PUT');
    expect(seen[0].init?.headers).toMatchObject({ Authorization: 'Bearer tok', 'If-Match': '"3"', 'Content-Type': 'application/json' });
    expect(result).toMatchObject({ ok: true, status: 200, revision: 4, body: { id: 'nido-comunale' } });
  });

  it('returns the server’s error body on a refusal, with the current copy of a 412', async () => {
    const { fetchImpl } = answering(412, { code: 'stale', message: 'Il servizio è cambiato sul server.', revision: 5, current: nido });
    const result = await createSyncApi(config, fetchImpl).update(nido, 3);
    expect(result).toMatchObject({ ok: false, status: 412, error: { code: 'stale', revision: 5, current: { id: 'nido-comunale' } } });
  });

  it('a network failure is "unreachable", and a body that is not ours gets an Italian message', async () => {
    const offline = await createSyncApi(config, () => Promise.reject(new TypeError('Failed to fetch'))).list();
    expect(offline).toMatchObject({ ok: false, status: 0, unreachable: true, error: { message: expect.stringMatching(/non raggiungibile/) } });
    const proxy = await createSyncApi(config, answering(502, '<html>Bad gateway</html>').fetchImpl).me();
    expect(proxy).toMatchObject({ ok: false, status: 502, error: { message: 'Il server ha risposto con un errore (HTTP 502).' } });
    const unauthorised = await createSyncApi(config, answering(401, '').fetchImpl).me();
    expect(unauthorised).toMatchObject({ ok: false, status: 401, error: { code: 'unauthorized' } });
  });

  it('lists with tombstones and deletes with If-Match', async () => {
    const list = answering(200, { services: [] });
    await createSyncApi(config, list.fetchImpl).list();
    expect(list.seen[0].url).toBe('https://servizi.comune.it/api/v1/services?includeDeleted=true');
    const removal = answering(204, undefined, { ETag: '"6"' });
    expect(await createSyncApi(config, removal.fetchImpl).remove('nido comunale', 5)).toMatchObject({ ok: true, status: 204, revision: 6 });
    expect(removal.seen[0].url).toBe('https://servizi.comune.it/api/v1/services/nido%20comunale');
  });
});

describe('serverBase and refusalMessage', () => {
  it('drops trailing slashes and spaces from the address', () => {
    expect(serverBase(' https://servizi.comune.it// ')).toBe('https://servizi.comune.it');
  });

  it('names the reserved options of a 403 when the message does not already', () => {
    const options = [{ path: '/technical/accessLevel', label: 'Livello di accesso' }];
    expect(refusalMessage({ code: 'forbidden-option', message: 'Opzione riservata al personale tecnico.', options })).toBe(
      'Opzione riservata al personale tecnico. («Livello di accesso»)',
    );
    expect(refusalMessage({ code: 'forbidden-option', message: 'Non puoi cambiare «Livello di accesso».', options })).toBe(
      'Non puoi cambiare «Livello di accesso».',
    );
  });
});
