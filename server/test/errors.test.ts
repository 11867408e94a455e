// @vitest-environment node
/** An unexpected failure (the database gone) is a 500 in Italian, with nothing of the cause or the stack. */
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/app';
import { createSqliteStore } from '../src/store/sqliteStore';
import type { ServiceStore } from '../src/store/types';
import { testTokens, TOKENS } from './httpClient';

describe('unexpected errors', () => {
  it('answer 500 internal without the error’s message or stack', async () => {
    const real = createSqliteStore(':memory:');
    const broken: ServiceStore = {
      ...real,
      list: async () => {
        throw new Error('SQLITE_IOERR: disk I/O error at /var/lib/mattoncini/data.sqlite');
      },
    };
    const app = await buildServer({ store: broken, tokens: testTokens() });
    const answer = await app.inject({ url: '/api/v1/services', headers: { authorization: `Bearer ${TOKENS.official}` } });
    expect(answer.statusCode).toBe(500);
    const body = JSON.parse(answer.body);
    expect(body).toEqual({ code: 'internal', message: 'Errore interno del server: la richiesta non è stata eseguita. Riprovare più tardi.' });
    expect(answer.body).not.toMatch(/SQLITE|var\/lib|at .*:\d+/);
    await app.close();
    await real.close();
  });
});
