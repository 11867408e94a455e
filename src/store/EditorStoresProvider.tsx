/**
 * Puts one editor's stores in React context. Stores are created per open
 * service (not module singletons) so two editors, or two tests, never share
 * undo history or selection.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { EditorDocumentStore } from './documentStore';
import type { UiStoreApi } from './uiStore';

export interface EditorStores {
  readonly document: EditorDocumentStore;
  readonly ui: UiStoreApi;
}

const EditorStoresContext = createContext<EditorStores | null>(null);

/** Provides `stores` to the editor subtree. Pass a stable object (create it once). */
export function EditorStoresProvider({ stores, children }: { stores: EditorStores; children: ReactNode }) {
  return <EditorStoresContext.Provider value={stores}>{children}</EditorStoresContext.Provider>;
}

/** The stores of the enclosing editor; throws outside `EditorStoresProvider`. */
export function useEditorStores(): EditorStores {
  const stores = useContext(EditorStoresContext);
  if (!stores) throw new Error('useEditorStores must be used inside <EditorStoresProvider>');
  return stores;
}
