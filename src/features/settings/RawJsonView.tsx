/**
 * The service's raw JSON. Everyone can read (and copy) it; technical staff
 * can edit it: the text goes through `restore()` like an import (Italian
 * errors by JSON path, nothing applied when invalid) and is applied as one
 * undoable command that keeps the service's identity and saved history.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../model/issues';
import { restore } from '../../model';
import { restoreOptions } from '../catalog/data/catalogServices';
import { Icon } from '../catalog/ui/Icon';
import { useCardActions, useCardDefinition, useCardSession } from '../card/session/CardSession';

export function RawJsonView({ editable }: { editable: boolean }) {
  const { t } = useTranslation('settings');
  const { store } = useCardSession();
  const definition = useCardDefinition((d) => d);
  const { dispatch } = useCardActions();
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<Issue[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const text = JSON.stringify(definition, null, 2);

  const apply = () => {
    if (draft === null) return;
    const result = restore(draft, restoreOptions);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    if (result.definition.id !== store.getState().definition.id) {
      setErrors([{ path: '/id', message: t('json.otherService') }]);
      return;
    }
    const changed = dispatch({ name: 'replaceContent', args: { definition: result.definition } });
    setErrors([]);
    setDraft(null);
    setNote(changed ? t('json.applied') : t('json.unchanged'));
  };

  return (
    <div className="raw-json">
      <div className="raw-json-tools">
        {draft === null ? (
          <>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void navigator.clipboard?.writeText(text).then(() => setNote(t('json.copied')), () => {})}
            >
              <Icon name="copy" size={16} />
              {t('json.copy')}
            </button>
            {editable && (
              <button type="button" className="btn btn-small" onClick={() => (setDraft(text), setNote(null))}>
                <Icon name="edit" size={16} />
                {t('json.edit')}
              </button>
            )}
          </>
        ) : (
          <>
            <button type="button" className="btn btn-small btn-primary" onClick={apply}>
              <Icon name="check" size={16} />
              {t('json.apply')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => (setDraft(null), setErrors([]))}>
              {t('json.cancel')}
            </button>
          </>
        )}
      </div>
      <p role="status" className="raw-json-note">
        {note}
      </p>
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t('json.errorsTitle')}</p>
          <ul>
            {errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                <code>{e.path || '/'}</code> {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {draft === null ? (
        <pre className="code-block raw-json-text" tabIndex={0} aria-label={t('json.label')}>
          {text}
        </pre>
      ) : (
        <textarea className="code-block raw-json-text" aria-label={t('json.label')} value={draft} spellCheck={false} onChange={(e) => setDraft(e.target.value)} />
      )}
    </div>
  );
}
