import { describe, expect, it } from 'vitest';
import { createSessionStore, LANGUAGE_STORAGE_KEY, ROLE_STORAGE_KEY, type KeyValueStorage } from './sessionStore';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('session store', () => {
  it('defaults to technical staff and Italian', () => {
    const store = createSessionStore(memoryStorage());
    expect(store.getState()).toMatchObject({ role: 'technical', language: 'it' });
  });

  it('persists role and language, and a new store reads them back', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    store.getState().setRole('official');
    store.getState().setLanguage('en');
    expect(storage.data.get(ROLE_STORAGE_KEY)).toBe('official');
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(createSessionStore(storage).getState()).toMatchObject({ role: 'official', language: 'en' });
  });

  it('ignores stale or hand-edited stored values', () => {
    const store = createSessionStore(memoryStorage({ [ROLE_STORAGE_KEY]: 'admin', [LANGUAGE_STORAGE_KEY]: 'fr' }));
    expect(store.getState()).toMatchObject({ role: 'technical', language: 'it' });
  });

  it('keeps working when storage throws (privacy mode) or is missing', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createSessionStore(broken);
    store.getState().setRole('official');
    expect(store.getState().role).toBe('official');
    expect(createSessionStore(null).getState().role).toBe('technical');
  });

  it('rejects an unknown role at runtime', () => {
    const store = createSessionStore(memoryStorage());
    expect(() => store.getState().setRole('admin' as 'official')).toThrow();
  });
});
