/**
 * One opened service, shared by the card, requirements, settings and history
 * screens: its document store (undo/redo), its autosave and the save status.
 * Created by `ServiceShell` per service id, never a module singleton, so two
 * services never share history.
 */
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { useStoreWithEqualityFn } from 'zustand/traditional';
import type { StoreApi } from 'zustand/vanilla';
import type { ServiceDefinition } from '../../../model/types';
import type { Autosave, AutosaveStatus } from '../../../persistence/autosave';
import type { LivePullOutcome } from '../../../persistence/sync/livePull';
import type { DispatchOptions } from '../../../store/commandTypes';
import { selectCanRedo, selectCanUndo } from '../../../store/documentStoreCore';
import type { EditorCommand, EditorDocumentStore } from '../../../store/documentStore';

export interface CardSession {
  store: EditorDocumentStore;
  autosave: Autosave;
  saveStatus: StoreApi<{ status: AutosaveStatus }>;
  /** The latest pulled copy of this service: taken ('replaced') or waiting for the comparison ('kept'). */
  liveNotice: StoreApi<LiveNotice>;
}

export interface LiveNotice {
  outcome: LivePullOutcome | null;
}

const Context = createContext<CardSession | null>(null);
export const CardSessionProvider = Context.Provider;

export function useCardSession(): CardSession {
  const session = useContext(Context);
  if (!session) throw new Error('useCardSession must be used inside <CardSessionProvider>');
  return session;
}

/** A slice of the service; re-renders only when it changes (pass `shallow` for derived objects). */
export function useCardDefinition<T>(selector: (definition: ServiceDefinition) => T, equals?: (a: T, b: T) => boolean): T {
  const { store } = useCardSession();
  return useStoreWithEqualityFn(store, (s) => selector(s.definition), equals);
}

export interface CardActions {
  dispatch(command: EditorCommand, options?: DispatchOptions): boolean;
  commitTyping(): void;
  undo(): boolean;
  redo(): boolean;
}

/** Stable action functions. */
export function useCardActions(): CardActions {
  const { store } = useCardSession();
  return useMemo(() => {
    const s = store.getState();
    return { dispatch: s.dispatch, commitTyping: s.commitTyping, undo: s.undo, redo: s.redo };
  }, [store]);
}

export const useCanUndo = (): boolean => useStore(useCardSession().store, selectCanUndo);
export const useCanRedo = (): boolean => useStore(useCardSession().store, selectCanRedo);
export const useLiveNotice = (): LivePullOutcome | null => useStore(useCardSession().liveNotice, (s) => s.outcome);
export const useSaveStatus = (): AutosaveStatus => useStore(useCardSession().saveStatus, (s) => s.status);
