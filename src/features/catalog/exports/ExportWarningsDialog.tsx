/**
 * What an export cannot render as our preview does, shown before the file is
 * saved: each warning with its JSON path. «Scarica comunque» downloads,
 * «Annulla» (or Escape) saves nothing.
 */
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../model/issues';
import { Dialog } from '../ui/Dialog';
import { IssueTable } from '../ui/IssueTable';
import { CATALOG_EXPORTS_NS } from './i18n';

export default function ExportWarningsDialog({
  fileName,
  warnings,
  onDownload,
  onClose,
}: {
  fileName: string;
  warnings: readonly Issue[];
  onDownload(): void;
  onClose(): void;
}) {
  const { t } = useTranslation(CATALOG_EXPORTS_NS);
  return (
    <Dialog
      title={t('warningsTitle', { file: fileName })}
      size="large"
      onClose={onClose}
      closeLabel={t('close')}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={onDownload}>
            {t('download')}
          </button>
        </>
      }
    >
      <p>{t('warningsIntro', { count: warnings.length })}</p>
      <IssueTable issues={warnings} pathHeader={t('where')} problemHeader={t('problem')} wholeLabel={t('whole')} />
    </Dialog>
  );
}
