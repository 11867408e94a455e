/** Hooks over the app-wide session store (role, language). */
import { useStore } from 'zustand';
import type { Role } from '../model/types';
import { sessionStore, type Language, type SessionState } from './sessionStore';

/** A slice of the session. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

export const useRole = (): Role => useSession((s) => s.role);
export const useLanguage = (): Language => useSession((s) => s.language);
