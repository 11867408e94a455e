import { describe, expect, it } from 'vitest';
import { parseCli } from './cliOptions';

describe('parseCli', () => {
  it('defaults to port 4173 on 127.0.0.1, dist, the SQLite file in data/, 2 MiB bodies', () => {
    expect(parseCli([], {})).toEqual({
      ok: true,
      options: { port: 4173, host: '127.0.0.1', staticDir: 'dist', dbFile: 'data/mattoncini.sqlite', databaseUrl: undefined, bodyLimit: 2 * 1024 * 1024 },
    });
  });

  it('reads flags in both spellings, PORT and DATABASE_URL from the environment', () => {
    const parsed = parseCli(['--port', '4311', '--static=.e2e-dist/4311', '--db', ':memory:', '--host', 'localhost'], {
      DATABASE_URL: 'postgresql://localhost/mattoncini',
      PORT: '9999',
    });
    expect(parsed).toMatchObject({
      ok: true,
      options: { port: 4311, host: 'localhost', staticDir: '.e2e-dist/4311', dbFile: ':memory:', databaseUrl: 'postgresql://localhost/mattoncini' },
    });
    expect(parseCli([], { PORT: '4312' })).toMatchObject({ ok: true, options: { port: 4312 } });
  });

  it('names a bad flag or value in Italian', () => {
    expect(parseCli(['--porta', '1'], {})).toMatchObject({ ok: false, error: expect.stringContaining('Opzione sconosciuta «--porta»') });
    expect(parseCli(['--port', 'ottanta'], {})).toMatchObject({ ok: false, error: 'Porta non valida: «ottanta».' });
    expect(parseCli(['--db'], {})).toMatchObject({ ok: false, error: 'Manca il valore di --db.' });
    expect(parseCli(['--body-limit', '10'], {})).toMatchObject({ ok: false });
  });
});
