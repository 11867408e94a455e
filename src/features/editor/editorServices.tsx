/**
 * What the editor's components share besides the document and UI stores
 * (which come from `store/EditorStoresProvider`): the block registry, the
 * state of the drag in progress, the save status and a polite live region.
 * Small vanilla stores, so that a change re-renders only their subscribers.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { BlockRegistry } from '../../blocks/registry';
import type { AutosaveStatus } from '../../persistence/autosave';
import type { DropTarget } from './dnd/dropTarget';

export interface DragState {
  /** Where the drop would land now; null when outside or not dragging. */
  target: DropTarget | null;
  /** When the last drag ended (ms): a click right after a drop is not an activation. */
  endedAt: number;
}

export interface AnnouncerState {
  /** Latest message for screen readers; `seq` makes repeats re-announce. */
  message: string;
  seq: number;
}

export interface EditorServices {
  registry: BlockRegistry;
  drag: StoreApi<DragState>;
  saveStatus: StoreApi<{ status: AutosaveStatus }>;
  announcer: StoreApi<AnnouncerState>;
  /** Saves pending changes now (before leaving the page). */
  flush(): Promise<void>;
  /** Whether some change is not yet written. */
  pending(): boolean;
}

export function createEditorServices(
  registry: BlockRegistry,
  persistence: { flush(): Promise<void>; readonly pending: boolean } = { flush: async () => {}, pending: false },
): EditorServices {
  return {
    registry,
    drag: createStore<DragState>()(() => ({ target: null, endedAt: 0 })),
    saveStatus: createStore<{ status: AutosaveStatus }>()(() => ({ status: { state: 'idle' } })),
    announcer: createStore<AnnouncerState>()(() => ({ message: '', seq: 0 })),
    flush: () => persistence.flush(),
    pending: () => persistence.pending,
  };
}

const Context = createContext<EditorServices | null>(null);
const TContext = createContext<TFunction | null>(null);

export function EditorServicesProvider({ services, children }: { services: EditorServices; children: ReactNode }) {
  // One translation function for the whole editor: useTranslation() in each of
  // 1,000 cards costs a wrapper per card (100 ms when opening a big service).
  const { t } = useTranslation('editor');
  return (
    <Context.Provider value={services}>
      <TContext.Provider value={t}>{children}</TContext.Provider>
    </Context.Provider>
  );
}

/** The editor's `t` (namespace `editor`); changes, and re-renders its users, when the language does. */
export function useEditorT(): TFunction {
  const t = useContext(TContext);
  if (!t) throw new Error('useEditorT must be used inside <EditorServicesProvider>');
  return t;
}

export function useEditorServices(): EditorServices {
  const services = useContext(Context);
  if (!services) throw new Error('useEditorServices must be used inside <EditorServicesProvider>');
  return services;
}

export const useRegistry = (): BlockRegistry => useEditorServices().registry;

/** The insertion index shown in one list, or -1: a list re-renders only when its own line moves. */
export function useDropIndexIn(stepId: string, parentId: string | null): number {
  const { drag } = useEditorServices();
  return useStore(drag, (s) =>
    s.target && s.target.stepId === stepId && s.target.parentId === parentId ? s.target.index : -1,
  );
}

/** Says `message` to screen-reader users (polite). */
export function announce(services: EditorServices, message: string): void {
  services.announcer.setState((s) => ({ message, seq: s.seq + 1 }));
}
