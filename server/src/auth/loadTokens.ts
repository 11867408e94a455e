/**
 * Where the tokens come from: `MATTONCINI_TOKENS`, else the JSON file named
 * by `MATTONCINI_TOKENS_FILE` (default `data/tokens.json`). When there is
 * neither, `npm start` writes that file with two random tokens (one
 * official, one technical) and says so, so that a first start just works.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WhoAmI } from '../../../src/model';
import { createTokenTable, parseTokenFile, parseTokenList, type TokenTable } from './tokens';

export const DEFAULT_TOKENS_FILE = 'data/tokens.json';

export interface LoadedTokens {
  tokens: TokenTable;
  /** Where they came from, for the start-up message. */
  source: string;
  /** Tokens created now (to be printed once), empty otherwise. */
  created: Array<[string, WhoAmI]>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Throws an Error with an Italian message when the configuration is unusable. */
export function loadTokens(env: NodeJS.ProcessEnv, cwd = process.cwd()): LoadedTokens {
  const list = env.MATTONCINI_TOKENS?.trim();
  if (list) {
    const parsed = parseTokenList(list);
    if (!parsed.ok) throw new Error(parsed.error);
    return { tokens: createTokenTable(parsed.entries), source: 'MATTONCINI_TOKENS', created: [] };
  }
  const file = path.resolve(cwd, env.MATTONCINI_TOKENS_FILE?.trim() || DEFAULT_TOKENS_FILE);
  if (existsSync(file)) {
    const parsed = parseTokenFile(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.error);
    return { tokens: createTokenTable(parsed.entries), source: file, created: [] };
  }
  const created: Array<[string, WhoAmI]> = [
    [newToken(), { user: 'Funzionario', role: 'official' }],
    [newToken(), { user: 'Responsabile tecnico', role: 'technical' }],
  ];
  mkdirSync(path.dirname(file), { recursive: true });
  // Readable by the owner only: the file holds credentials.
  writeFileSync(file, `${JSON.stringify(Object.fromEntries(created), null, 2)}\n`, { mode: 0o600 });
  return { tokens: createTokenTable(created), source: file, created };
}
