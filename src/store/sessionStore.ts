/**
 * Who is using the app and in which language. Survives reloads through
 * localStorage; the values are plain strings so they stay readable and are
 * validated on the way in (a hand-edited or stale value falls back to default).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Role } from '../model/types';

export type Language = 'it' | 'en';

/** localStorage keys. */
export const ROLE_STORAGE_KEY = 'mattoncini.role';
export const LANGUAGE_STORAGE_KEY = 'mattoncini.language';

/** Technical staff see everything; it stays the default until a role switch exists. */
export const DEFAULT_ROLE: Role = 'technical';
export const DEFAULT_LANGUAGE: Language = 'it';

export interface SessionState {
  readonly role: Role;
  readonly language: Language;
  setRole(role: Role): void;
  setLanguage(language: Language): void;
}

export type SessionStoreApi = StoreApi<SessionState>;

/** The subset of `Storage` we use; injectable for tests and private browsing. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const isRole = (v: unknown): v is Role => v === 'official' || v === 'technical';
const isLanguage = (v: unknown): v is Language => v === 'it' || v === 'en';

/** `globalThis.localStorage` when usable; null in Node or when blocked. */
function defaultStorage(): KeyValueStorage | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    return storage && typeof storage.getItem === 'function' ? storage : null;
  } catch {
    return null; // Accessing localStorage throws when site data is blocked.
  }
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Quota or privacy mode: the choice still holds for this session.
  }
}

/** Creates a session store backed by `storage` (default: localStorage). */
export function createSessionStore(storage: KeyValueStorage | null = defaultStorage()): SessionStoreApi {
  const storedRole = read(storage, ROLE_STORAGE_KEY);
  const storedLanguage = read(storage, LANGUAGE_STORAGE_KEY);
  return createStore<SessionState>()((set) => ({
    role: isRole(storedRole) ? storedRole : DEFAULT_ROLE,
    language: isLanguage(storedLanguage) ? storedLanguage : DEFAULT_LANGUAGE,
    setRole(role) {
      if (!isRole(role)) throw new Error(`Unknown role: ${String(role)}`);
      write(storage, ROLE_STORAGE_KEY, role);
      set({ role });
    },
    setLanguage(language) {
      if (!isLanguage(language)) throw new Error(`Unsupported language: ${String(language)}`);
      write(storage, LANGUAGE_STORAGE_KEY, language);
      set({ language });
    },
  }));
}

/** The app-wide session store. */
export const sessionStore: SessionStoreApi = createSessionStore();
