/** "Salvato" / "Salvataggio…" / error: the autosave's state, announced politely. */
import { useTranslation } from 'react-i18next';
import { Icon } from '../catalog/ui/Icon';
import { useSaveStatus } from './session/CardSession';

export function SaveIndicator() {
  const { t } = useTranslation('card');
  const status = useSaveStatus();
  const text = t(`save.${status.state}`);
  return (
    <span role="status" className={`save-indicator save-${status.state}`} title={status.state === 'error' ? status.message : undefined}>
      {status.state === 'saved' && <Icon name="check" size={16} />}
      {status.state === 'error' && <Icon name="alert" size={16} />}
      <span>{text}</span>
    </span>
  );
}
