/**
 * Controls for scalar props: text, long text, number, yes/no, choice. Each is
 * controlled by the document store (no local copy), so undo and redo show up
 * at once; the number control keeps the raw text while it is being typed.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boundsOf, choicesOf } from './schemaKinds';
import { describedBy, FieldShell } from './FieldShell';
import type { FieldProps } from './fieldTypes';

function hintOf(schema: FieldProps['schema']): string | undefined {
  const d = (schema as { description?: unknown }).description;
  return typeof d === 'string' && d.length > 0 ? d : undefined;
}

function useRequiredError(props: FieldProps, empty: boolean): string | null {
  const { t } = useTranslation('editor');
  if (!props.required || !empty || props.readOnly) return null;
  return props.path === 'label' ? t('inspector.labelEmpty') : t('inspector.requiredValue');
}

export function TextWidget(props: FieldProps & { multiline?: boolean; error?: string | null; inputType?: 'text' | 'date' | 'time' }) {
  const { id, label, schema, value, readOnly, onChange, onCommit, multiline, inputType = 'text' } = props;
  const text = typeof value === 'string' ? value : '';
  const requiredError = useRequiredError(props, text.trim() === '');
  const error = props.error ?? requiredError;
  const hint = hintOf(schema);
  const common = {
    id,
    value: text,
    readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'aria-required': props.required || undefined,
    onBlur: onCommit,
  } as const;
  const maxLength = (schema as { maxLength?: number }).maxLength;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={props.required}>
      {multiline ? (
        <textarea {...common} maxLength={maxLength} rows={4} onChange={(e) => onChange(e.target.value, true)} />
      ) : (
        <input
          {...common}
          type={inputType}
          maxLength={inputType === 'text' ? maxLength : undefined}
          // A cleared date or time removes the prop rather than storing "".
          onChange={(e) => onChange(inputType !== 'text' && e.target.value === '' ? undefined : e.target.value, inputType === 'text')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onCommit();
          }}
        />
      )}
    </FieldShell>
  );
}

export function NumberWidget(props: FieldProps) {
  const { t } = useTranslation('editor');
  const { id, label, schema, value, readOnly, onChange, onCommit } = props;
  const stored = typeof value === 'number' ? String(value) : '';
  // Keep what is being typed ("-", "1.") while the store holds the last valid number.
  const [draft, setDraft] = useState(stored);
  useEffect(() => {
    setDraft((d) => (Number(d) === Number(stored) && d !== '' && stored !== '' ? d : stored));
  }, [stored]);
  const { min, max, integer } = boundsOf(schema);
  const n = typeof value === 'number' ? value : undefined;
  let error: string | null = null;
  if (n !== undefined && min !== undefined && n < min) error = t('inspector.min', { min });
  else if (n !== undefined && max !== undefined && n > max) error = t('inspector.max', { max });
  else if (props.required && draft.trim() === '' && !readOnly) error = t('inspector.requiredValue');
  const hint = hintOf(schema);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={props.required}>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        step={integer ? 1 : 'any'}
        min={min}
        max={max}
        value={draft}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onBlur={onCommit}
        onChange={(e) => {
          const raw = e.target.value;
          setDraft(raw);
          if (raw.trim() === '') onChange(undefined, true);
          else {
            const parsed = Number(raw);
            if (Number.isFinite(parsed)) onChange(integer ? Math.trunc(parsed) : parsed, true);
          }
        }}
      />
    </FieldShell>
  );
}

export function BooleanWidget({ id, label, schema, value, readOnly, onChange }: FieldProps) {
  const hint = hintOf(schema);
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          disabled={readOnly}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked, false)}
        />
        {label}
      </label>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

export function SelectWidget(props: FieldProps) {
  const { t } = useTranslation('editor');
  const { id, label, schema, value, readOnly, onChange } = props;
  const choices = choicesOf(schema) ?? [];
  const index = choices.findIndex((c) => c.value === value);
  const hint = hintOf(schema);
  return (
    <FieldShell id={id} label={label} hint={hint} required={props.required}>
      <select
        id={id}
        value={index < 0 ? '' : String(index)}
        disabled={readOnly}
        aria-describedby={describedBy(id, hint)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : choices[Number(e.target.value)].value, false)}
      >
        {(index < 0 || !props.required) && <option value="">{t('inspector.none')}</option>}
        {choices.map((c, i) => (
          <option key={String(c.value)} value={String(i)}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
