// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTokens } from './loadTokens';

describe('loadTokens', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mattoncini-tokens-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prefers MATTONCINI_TOKENS over any file', () => {
    writeFileSync(path.join(dir, 'tokens.json'), JSON.stringify({ 'file-token-1': { user: 'Da file', role: 'official' } }));
    const loaded = loadTokens({ MATTONCINI_TOKENS: 'env-token-1:Maria Rossi:official', MATTONCINI_TOKENS_FILE: 'tokens.json' }, dir);
    expect(loaded.source).toBe('MATTONCINI_TOKENS');
    expect(loaded.tokens.lookup('env-token-1')).toEqual({ user: 'Maria Rossi', role: 'official' });
    expect(loaded.tokens.lookup('file-token-1')).toBeNull();
  });

  it('reads the file named by MATTONCINI_TOKENS_FILE', () => {
    writeFileSync(path.join(dir, 'mine.json'), JSON.stringify({ 'file-token-1': { user: 'Anna Verdi', role: 'technical' } }));
    const loaded = loadTokens({ MATTONCINI_TOKENS_FILE: 'mine.json' }, dir);
    expect(loaded.tokens.lookup('file-token-1')).toEqual({ user: 'Anna Verdi', role: 'technical' });
    expect(loaded.created).toEqual([]);
  });

  it('creates data/tokens.json with one official and one technical random token when there is nothing, readable by the owner only', () => {
    const loaded = loadTokens({}, dir);
    expect(loaded.created.map(([, who]) => who.role)).toEqual(['official', 'technical']);
    const file = path.join(dir, 'data/tokens.json');
    expect(loaded.source).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const [officialToken] = loaded.created[0];
    expect(officialToken.length).toBeGreaterThanOrEqual(32);
    // A second start reads the same tokens back instead of making new ones.
    const again = loadTokens({}, dir);
    expect(again.created).toEqual([]);
    expect(again.tokens.lookup(officialToken)?.role).toBe('official');
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toHaveLength(2);
  });

  it('stops with the configuration error rather than starting without tokens', () => {
    expect(() => loadTokens({ MATTONCINI_TOKENS: 'x:Maria:official' }, dir)).toThrow(/almeno 8 caratteri/);
    writeFileSync(path.join(dir, 'bad.json'), '{');
    expect(() => loadTokens({ MATTONCINI_TOKENS_FILE: 'bad.json' }, dir)).toThrow(/JSON non valido/);
  });
});
