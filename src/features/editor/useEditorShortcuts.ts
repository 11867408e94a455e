/**
 * Keyboard shortcuts of the editor.
 *
 * - Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac) — except while
 *   the focus is in a text box. There the browser's own undo applies to the
 *   letters being typed, as everywhere else on the web; it flows back into
 *   the document through the input's change events, so the store stays in
 *   step, and the whole typing session is still one step of the editor's
 *   history for the toolbar's "Annulla". Hijacking Ctrl+Z inside a text box
 *   would throw away a whole word when the user meant one letter.
 * - On a selected card: Delete removes it, Alt+↑/↓ moves it, Ctrl+D duplicates it.
 */
import { useEffect } from 'react';
import { useEditorStores } from '../../store/EditorStoresProvider';
import type { EditorActions } from './editorActions';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'datetime-local']);

/** Whether the element is a place where the browser's own text undo should apply. */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type) && !el.readOnly;
  return (el as HTMLElement).isContentEditable === true;
}

export function useEditorShortcuts(actions: EditorActions): void {
  const { document: doc, ui } = useEditorStores();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || ui.getState().activeDrag) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const target = e.target as Element | null;
      if (mod && !e.altKey && (key === 'z' || key === 'y')) {
        if (isTextEntry(target)) return;
        e.preventDefault();
        const state = doc.getState();
        state.commitTyping();
        if (key === 'y' || e.shiftKey) state.redo();
        else state.undo();
        return;
      }
      const nodeId = (target as HTMLElement | null)?.dataset?.nodeHead;
      if (!nodeId) return;
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod) {
        e.preventDefault();
        actions.removeNode(nodeId);
      } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        actions.moveNodeBy(nodeId, e.key === 'ArrowUp' ? -1 : 1);
      } else if (mod && key === 'd') {
        e.preventDefault();
        actions.duplicateNode(nodeId);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [doc, ui, actions]);
}
