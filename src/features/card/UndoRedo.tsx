/**
 * Undo/redo buttons and their shortcuts (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y).
 * The shortcuts work inside text fields too: every keystroke is already in
 * the store (one undo step per field edit), so the store's undo is the one
 * that matches what the official sees.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../catalog/ui/Icon';
import { useCanRedo, useCanUndo, useCardActions } from './session/CardSession';

export function UndoRedo() {
  const { t } = useTranslation('card');
  const { undo, redo, commitTyping } = useCardActions();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const isUndo = key === 'z' && !event.shiftKey;
      if (!isUndo && !isRedo) return;
      event.preventDefault();
      commitTyping();
      if (isUndo) undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, commitTyping]);

  return (
    <div className="undo-redo">
      <button type="button" className="btn btn-small" onClick={() => (commitTyping(), undo())} disabled={!canUndo} title={t('toolbar.undoHint')}>
        <Icon name="undo" size={16} />
        {t('toolbar.undo')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => (commitTyping(), redo())} disabled={!canRedo} title={t('toolbar.redoHint')}>
        <Icon name="redo" size={16} />
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
