/**
 * A plain text card field (title, category, office phone…): label, hint,
 * character count where the schema sets a limit, inline error. Invalid input
 * is kept as a draft and never saved (see `useValidatedText`).
 */
import { useTranslation } from 'react-i18next';
import { CharCount } from './CharCount';
import { textCheck } from './textChecks';
import { useValidatedText } from './useValidatedText';

export interface CardTextFieldProps {
  id: string;
  label: string;
  value: string;
  onCommit(value: string): void;
  onBlur?(): void;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  /** Show the count (long or limited texts); short limits like 50 are shown too. */
  showCount?: boolean;
  type?: 'text' | 'url' | 'email' | 'tel';
  /** A few lines of plain text (the short description). */
  rows?: number;
  autoComplete?: string;
  list?: string;
}

export function CardTextField(props: CardTextFieldProps) {
  const { t } = useTranslation('card');
  const { id, label, value, onCommit, onBlur, hint, required, maxLength, showCount = true, type = 'text', rows } = props;
  const field = useValidatedText(value, textCheck(t, { label, required, maxLength }), onCommit);
  const describedBy = [hint && `${id}-hint`, maxLength && showCount && `${id}-count`, field.error && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    value: field.shown,
    'aria-invalid': field.error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy || undefined,
    onBlur,
  };
  return (
    <div className={`field${field.error ? ' has-error' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id}>
          {label}
          {required && <span className="required-mark"> ({t('required')})</span>}
        </label>
        {maxLength !== undefined && showCount && <CharCount id={`${id}-count`} length={field.shown.length} max={maxLength} />}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => field.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={props.autoComplete ?? 'off'}
          list={props.list}
          onChange={(e) => field.onChange(e.target.value)}
        />
      )}
      {field.error && (
        <p id={`${id}-error`} className="field-error">
          {field.error} <span className="field-error-note">{t('errors.notSaved')}</span>
        </p>
      )}
    </div>
  );
}
