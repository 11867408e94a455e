/**
 * Bearer tokens → who they belong to. Parsed from `MATTONCINI_TOKENS`
 * (`token:User Name:role`, comma-separated) or from a JSON file
 * (`{ "token": { "user": "…", "role": "official" } }`). Looking a token up
 * compares it with every known token in constant time, so the answer's
 * timing says nothing about how close a guess was.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role, WhoAmI } from '../../../src/model';

export interface TokenTable {
  /** The user and role of a token, or null when it is not one of ours. */
  lookup(token: string): WhoAmI | null;
  readonly size: number;
}

export type TokenParse = { ok: true; entries: Array<[string, WhoAmI]> } | { ok: false; error: string };

const ROLES: readonly Role[] = ['official', 'technical'];
const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
/** Short tokens are guessable; the minimum keeps test tokens like `e2e-official` possible. */
const MIN_TOKEN_LENGTH = 8;

function checkEntry(token: string, user: unknown, role: unknown, where: string): string | null {
  if (token.length < MIN_TOKEN_LENGTH) return `${where}: il token deve avere almeno ${MIN_TOKEN_LENGTH} caratteri.`;
  if (typeof user !== 'string' || user.trim() === '') return `${where}: manca il nome dell’utente.`;
  if (!isRole(role)) return `${where}: il ruolo «${String(role)}» non è valido (official o technical).`;
  return null;
}

/** `token:User Name:role,…` (the user name may not contain `:` or `,`). */
export function parseTokenList(text: string): TokenParse {
  const entries: Array<[string, WhoAmI]> = [];
  const items = text.split(',').map((item) => item.trim()).filter(Boolean);
  for (const [index, item] of items.entries()) {
    const parts = item.split(':');
    const where = `MATTONCINI_TOKENS, voce ${index + 1}`;
    if (parts.length !== 3) return { ok: false, error: `${where}: il formato è token:Nome Cognome:ruolo.` };
    const [token, user, role] = parts.map((p) => p.trim());
    const error = checkEntry(token, user, role, where);
    if (error) return { ok: false, error };
    entries.push([token, { user, role: role as Role }]);
  }
  if (entries.length === 0) return { ok: false, error: 'MATTONCINI_TOKENS: nessun token.' };
  return { ok: true, entries };
}

/** The JSON file's content: `{ "<token>": { "user": "…", "role": "official" | "technical" } }`. */
export function parseTokenFile(text: string, file: string): TokenParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${file}: JSON non valido (${(error as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: `${file}: serve un oggetto { "token": { "user": …, "role": … } }.` };
  }
  const entries: Array<[string, WhoAmI]> = [];
  for (const [token, value] of Object.entries(data)) {
    const entry = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const error = checkEntry(token, entry.user, entry.role, `${file}, /${token.slice(0, 4)}…`);
    if (error) return { ok: false, error };
    entries.push([token, { user: String(entry.user), role: entry.role as Role }]);
  }
  if (entries.length === 0) return { ok: false, error: `${file}: nessun token.` };
  return { ok: true, entries };
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

export function createTokenTable(entries: ReadonlyArray<readonly [string, WhoAmI]>): TokenTable {
  // Hashing first gives equal-length buffers, which timingSafeEqual needs.
  const known = entries.map(([token, who]) => ({ hash: digest(token), who: { ...who } }));
  return {
    size: known.length,
    lookup(token) {
      const hash = digest(token);
      let found: WhoAmI | null = null;
      // No early exit: every token is compared whatever matches.
      for (const entry of known) if (timingSafeEqual(hash, entry.hash)) found = entry.who;
      return found ? { ...found } : null;
    },
  };
}
