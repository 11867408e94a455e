/**
 * "Salvato" / "Salvataggio in corso": every change reaches IndexedDB within a
 * second (autosave), and this says so. A change waiting for its write counts
 * as "in corso", so the word is honest even between keystrokes.
 */
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useDocumentState } from '../../store/useDocument';
import { useEditorServices } from './editorServices';
import { Icon } from './Icon';

export function SaveStatus() {
  const { t } = useTranslation('editor');
  const services = useEditorServices();
  const status = useStore(services.saveStatus, (s) => s.status);
  // Re-evaluate `pending` whenever the content changes.
  useDocumentState((s) => s.changeSeq);
  const pending = services.pending();
  let state: 'saved' | 'saving' | 'error' = 'saved';
  if (status.state === 'error') state = 'error';
  else if (status.state === 'saving' || pending) state = 'saving';
  const text = state === 'error' ? t('toolbar.saveError') : state === 'saving' ? t('toolbar.saving') : t('toolbar.saved');
  return (
    <span className={`save-status save-${state}`} role="status" title={status.state === 'error' ? status.message : undefined}>
      <Icon name={state === 'error' ? 'alert' : state === 'saving' ? 'cloud' : 'check'} size={16} />
      {text}
    </span>
  );
}
