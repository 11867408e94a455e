/**
 * The live citizen preview ("Anteprima"). A placeholder for now: the preview
 * feature replaces this component (same name, no props) and reads the
 * document through the same store hooks as the rest of the editor.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export function PreviewPane() {
  const { t } = useTranslation('editor');
  return (
    <div className="preview-placeholder">
      <Icon name="eye" size={32} />
      <p>{t('previewPlaceholder')}</p>
    </div>
  );
}
