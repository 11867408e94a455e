/** Why a file was refused: every problem with its JSON path, and the reassurance that nothing was imported. */
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../model/issues';
import { Dialog } from '../ui/Dialog';
import { IssueTable } from '../ui/IssueTable';

const MAX_SHOWN = 100;

export function ImportErrorsDialog({ file, errors, onClose }: { file: string; errors: readonly Issue[]; onClose(): void }) {
  const { t } = useTranslation('catalog');
  const shown = errors.slice(0, MAX_SHOWN);
  return (
    <Dialog
      title={t('importFile.errorTitle')}
      role="alertdialog"
      size="large"
      onClose={onClose}
      closeLabel={t('importFile.close')}
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('importFile.close')}
        </button>
      }
    >
      <p className="import-error-intro">{t('importFile.errorIntro', { file })}</p>
      <IssueTable issues={shown} pathHeader={t('importFile.path')} problemHeader={t('importFile.problem')} wholeLabel={t('importFile.whole')} />
      {errors.length > MAX_SHOWN && <p>{t('importFile.moreErrors', { count: errors.length - MAX_SHOWN })}</p>}
    </Dialog>
  );
}
