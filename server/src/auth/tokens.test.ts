import { describe, expect, it } from 'vitest';
import { createTokenTable, parseTokenFile, parseTokenList } from './tokens';
import { bearerToken } from './bearer';

describe('parseTokenList (MATTONCINI_TOKENS)', () => {
  it('reads token:User Name:role entries, spaces in names included', () => {
    const parsed = parseTokenList('e2e-official:Maria Rossi:official, e2e-technical:Luca Bianchi:technical');
    expect(parsed).toEqual({
      ok: true,
      entries: [
        ['e2e-official', { user: 'Maria Rossi', role: 'official' }],
        ['e2e-technical', { user: 'Luca Bianchi', role: 'technical' }],
      ],
    });
  });

  it('names the entry and the problem in Italian', () => {
    expect(parseTokenList('e2e-official:Maria Rossi:sindaco')).toEqual({
      ok: false,
      error: 'MATTONCINI_TOKENS, voce 1: il ruolo «sindaco» non è valido (official o technical).',
    });
    expect(parseTokenList('lungo-abbastanza:Maria:official,corto:Luca:technical')).toMatchObject({ ok: false, error: expect.stringContaining('voce 2') });
    expect(parseTokenList('solo-un-token')).toMatchObject({ ok: false, error: expect.stringContaining('token:Nome Cognome:ruolo') });
    expect(parseTokenList(' , ')).toMatchObject({ ok: false, error: expect.stringContaining('nessun token') });
  });
});

describe('parseTokenFile', () => {
  it('reads { token: { user, role } }', () => {
    const text = JSON.stringify({ 'abcdefgh-1234': { user: 'Anna Verdi', role: 'technical' } });
    expect(parseTokenFile(text, 'tokens.json')).toEqual({ ok: true, entries: [['abcdefgh-1234', { user: 'Anna Verdi', role: 'technical' }]] });
  });

  it('refuses broken JSON, arrays and entries without a user or role, naming the file', () => {
    expect(parseTokenFile('{', 'data/tokens.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^data\/tokens.json: JSON non valido/) });
    expect(parseTokenFile('[]', 'data/tokens.json')).toMatchObject({ ok: false });
    expect(parseTokenFile('{"abcdefgh-1234": {"role": "official"}}', 't.json')).toMatchObject({ ok: false, error: expect.stringContaining('nome dell’utente') });
  });
});

describe('createTokenTable', () => {
  const table = createTokenTable([
    ['e2e-official', { user: 'Maria Rossi', role: 'official' }],
    ['e2e-technical', { user: 'Luca Bianchi', role: 'technical' }],
  ]);

  it('finds the user and role of a known token only', () => {
    expect(table.lookup('e2e-technical')).toEqual({ user: 'Luca Bianchi', role: 'technical' });
    expect(table.lookup('e2e-officia')).toBeNull();
    expect(table.lookup('E2E-OFFICIAL')).toBeNull();
    expect(table.lookup('')).toBeNull();
    expect(table.size).toBe(2);
  });

  it('hands out copies, so a caller cannot change who a token is', () => {
    const who = table.lookup('e2e-official')!;
    who.role = 'technical';
    expect(table.lookup('e2e-official')?.role).toBe('official');
  });
});

describe('bearerToken', () => {
  it('takes the token of a Bearer header, whatever the scheme’s case', () => {
    expect(bearerToken('Bearer e2e-official')).toBe('e2e-official');
    expect(bearerToken('bearer   e2e-official ')).toBe('e2e-official');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
