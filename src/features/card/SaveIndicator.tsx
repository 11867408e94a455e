/**
 * "Salvato" / "Modifiche da salvare" / "Salvataggio…" / error: the autosave's
 * state, announced politely. "Salvato" appears only when nothing is pending,
 * so it never claims a change is on disk before it is.
 */
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { Icon } from '../catalog/ui/Icon';
import { useCardSession, useSaveStatus } from './session/CardSession';

export function SaveIndicator() {
  const { t } = useTranslation('card');
  const { store, autosave } = useCardSession();
  const status = useSaveStatus();
  // Re-render on every content change, so a new edit turns "Salvato" into "pending" at once.
  useStore(store, (s) => s.changeSeq);
  const state = status.state === 'error' || status.state === 'saving' ? status.state : autosave.pending ? 'pending' : status.state;
  return (
    <span role="status" className={`save-indicator save-${state}`} title={status.state === 'error' ? status.message : undefined}>
      {state === 'saved' && <Icon name="check" size={16} />}
      {state === 'error' && <Icon name="alert" size={16} />}
      <span>{t(`save.${state}`)}</span>
    </span>
  );
}
