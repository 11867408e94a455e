/**
 * A long card text in markdown, with a "Scrivi / Anteprima" switch. The
 * preview goes through `renderMarkdown` (marked with raw HTML escaped, then
 * DOMPurify with a short allow-list), so nothing an official types can run
 * as HTML or script.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderMarkdown } from '../../../blocks/infoText/renderMarkdown';
import { CharCount } from './CharCount';
import { textCheck } from './textChecks';
import { useValidatedText } from './useValidatedText';

export interface MarkdownFieldProps {
  id: string;
  label: string;
  value: string;
  onCommit(value: string): void;
  onBlur?(): void;
  maxLength?: number;
  hint?: string;
  /** Visible label hidden when a section heading already names the field. */
  hideLabel?: boolean;
}

export function MarkdownField({ id, label, value, onCommit, onBlur, maxLength, hint, hideLabel }: MarkdownFieldProps) {
  const { t } = useTranslation('card');
  const [preview, setPreview] = useState(false);
  const field = useValidatedText(value, textCheck(t, { label, maxLength }), onCommit);
  const html = useMemo(() => (preview ? renderMarkdown(field.shown) : ''), [preview, field.shown]);
  const describedBy = [`${id}-help`, maxLength && `${id}-count`, field.error && `${id}-error`].filter(Boolean).join(' ');

  return (
    <div className={`field markdown-field${field.error ? ' has-error' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
          {label}
        </label>
        <div className="markdown-switch" role="group" aria-label={t('markdown.mode', { label })}>
          <button type="button" className="switch-btn" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('markdown.write')}
          </button>
          <button type="button" className="switch-btn" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('markdown.preview')}
          </button>
        </div>
      </div>
      {hint && <p className="field-hint">{hint}</p>}
      {preview ? (
        <div className="markdown-preview" role="region" aria-label={t('markdown.previewOf', { label })}>
          {field.shown.trim() ? <div className="markdown-body" dangerouslySetInnerHTML={{ __html: html }} /> : <p className="muted">{t('markdown.empty')}</p>}
        </div>
      ) : (
        <textarea
          id={id}
          value={field.shown}
          rows={Math.min(14, Math.max(4, field.shown.split('\n').length + 1))}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
      <div className="markdown-footer">
        <p id={`${id}-help`} className="field-hint markdown-help">
          {t('markdown.help')}
        </p>
        {maxLength !== undefined && <CharCount id={`${id}-count`} length={field.shown.length} max={maxLength} />}
      </div>
      {field.error && (
        <p id={`${id}-error`} className="field-error">
          {field.error} <span className="field-error-note">{t('errors.notSaved')}</span>
        </p>
      )}
    </div>
  );
}
