/** For each service already stored: "Sostituisci" or "Mantieni entrambi". Nothing is preselected: the official decides. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice, ImportConflict } from '../../../persistence/importExport';
import { Dialog } from '../ui/Dialog';

export function ImportConflictsDialog({
  conflicts,
  onConfirm,
  onCancel,
}: {
  conflicts: readonly ImportConflict[];
  onConfirm(choices: Record<string, ConflictChoice>): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('catalog');
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [missing, setMissing] = useState(false);
  const formId = 'import-conflicts-form';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (conflicts.some((c) => !choices[c.incoming.id])) {
      setMissing(true);
      return;
    }
    onConfirm(choices);
  };

  return (
    <Dialog
      title={t('importFile.conflictTitle')}
      size="large"
      onClose={onCancel}
      closeLabel={t('importFile.cancel')}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            {t('importFile.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary">
            {t('importFile.confirm')}
          </button>
        </>
      }
    >
      <p>{t('importFile.conflictIntro')}</p>
      <form id={formId} onSubmit={submit} noValidate>
        {conflicts.map(({ incoming, existing }) => {
          const name = `conflict-${incoming.id}`;
          const set = (choice: ConflictChoice) => {
            setChoices((prev) => ({ ...prev, [incoming.id]: choice }));
            setMissing(false);
          };
          return (
            <fieldset key={incoming.id} className="conflict">
              <legend>
                {t('importFile.conflictItem', { incoming: incoming.card.title, existing: existing.title })}
                {existing.inTrash && <span className="badge badge-muted">{t('importFile.inTrash')}</span>}
              </legend>
              <label className="choice">
                <input type="radio" name={name} checked={choices[incoming.id] === 'replace'} onChange={() => set('replace')} />
                <span>
                  <strong>{t('importFile.replace')}</strong> <span className="choice-hint">— {t('importFile.replaceHint')}</span>
                </span>
              </label>
              <label className="choice">
                <input type="radio" name={name} checked={choices[incoming.id] === 'keep-both'} onChange={() => set('keep-both')} />
                <span>
                  <strong>{t('importFile.keepBoth')}</strong> <span className="choice-hint">— {t('importFile.keepBothHint')}</span>
                </span>
              </label>
            </fieldset>
          );
        })}
        {missing && (
          <p className="field-error" role="alert">
            {t('importFile.chooseAll')}
          </p>
        )}
      </form>
    </Dialog>
  );
}
