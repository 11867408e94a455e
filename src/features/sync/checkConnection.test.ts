import { describe, expect, it } from 'vitest';
import { checkConnection, fieldProblem } from './checkConnection';

const answer = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('checkConnection', () => {
  it('names the field that is missing or malformed, before any request', () => {
    expect(fieldProblem('', 'x')).toMatchObject({ field: 'url', key: 'form.urlRequired' });
    expect(fieldProblem('servizi.comune', 'x')).toMatchObject({ field: 'url', key: 'form.urlInvalid' });
    expect(fieldProblem('ftp://servizi.comune.it', 'x')).toMatchObject({ field: 'url', key: 'form.urlInvalid' });
    expect(fieldProblem('https://servizi.comune.it', '  ')).toMatchObject({ field: 'token', key: 'form.tokenRequired' });
    expect(fieldProblem('https://servizi.comune.it', 'abc')).toBeNull();
  });

  it('says who the token belongs to, with the address cleaned of trailing slashes', async () => {
    let asked = '';
    const result = await checkConnection('https://servizi.comune.it/', ' abc ', async (input, init) => {
      asked = `${input} ${(init?.headers as Record<string, string>).Authorization}`;
      return answer(200, { user: 'Maria Rossi', role: 'official' })();
    });
    expect(asked).toBe('https://servizi.comune.it/api/v1/me Bearer abc');
    expect(result).toEqual({ ok: true, who: { user: 'Maria Rossi', role: 'official' }, url: 'https://servizi.comune.it' });
  });

  it('a refused token is the token field’s problem, an unreachable server the address’s', async () => {
    expect(await checkConnection('https://x.it', 'bad', answer(401, { code: 'unauthorized', message: 'Token non valido.' }))).toMatchObject({
      field: 'token',
      key: 'form.tokenRefused',
    });
    expect(await checkConnection('https://x.it', 't', () => Promise.reject(new TypeError('Failed to fetch')))).toMatchObject({
      field: 'url',
      key: 'form.unreachable',
    });
    expect(await checkConnection('https://x.it', 't', answer(502, 'Bad gateway'))).toMatchObject({ field: 'url', key: 'form.otherError', message: expect.stringContaining('502') });
  });
});
