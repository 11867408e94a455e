/**
 * "Formato richiesto": officials pick a ready-made format by its plain name
 * (5 cifre, targa, partita IVA…); choosing one also fills "Nome del formato",
 * which the citizen reads in the error message. Technical staff may also type
 * a custom regular expression, checked as they type.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATTERN_PRESETS } from '../../../blocks/shared/props';
import { describedBy, FieldShell } from './FieldShell';
import type { FieldProps } from './fieldTypes';

const CUSTOM = '__custom';

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export function PatternWidget({ id, label, schema, value, readOnly, onChange, onCommit, onPatchSiblings, canEditRaw }: FieldProps) {
  const { t } = useTranslation('editor');
  const pattern = typeof value === 'string' ? value : '';
  const preset = PATTERN_PRESETS.find((p) => p.pattern === pattern);
  // "Personalizzato" with an empty expression is a state of its own, not of the document.
  const [customChosen, setCustomChosen] = useState(false);
  const selected = customChosen ? CUSTOM : pattern === '' ? '' : (preset?.id ?? CUSTOM);
  const hint = (schema as { description?: string }).description;
  const regexId = `${id}-regex`;
  const regexError = pattern !== '' && !preset && !isValidRegex(pattern) ? t('inspector.patternInvalid') : null;
  const allowCustom = canEditRaw !== false;

  const choose = (choice: string) => {
    setCustomChosen(choice === CUSTOM);
    if (choice === CUSTOM) return; // The current expression is the starting point.
    const next = PATTERN_PRESETS.find((p) => p.id === choice);
    if (onPatchSiblings) onPatchSiblings({ pattern: next?.pattern, patternName: next?.name }, false);
    else onChange(next?.pattern, false);
  };

  return (
    <>
      <FieldShell id={id} label={label} hint={hint}>
        <select
          id={id}
          value={selected}
          disabled={readOnly}
          aria-describedby={describedBy(id, hint)}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">{t('inspector.patternNone')}</option>
          {PATTERN_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {(allowCustom || selected === CUSTOM) && <option value={CUSTOM}>{t('inspector.patternCustom')}</option>}
        </select>
      </FieldShell>
      {selected === CUSTOM && (
        <FieldShell id={regexId} label={t('inspector.patternRegex')} error={regexError}>
          <input
            id={regexId}
            type="text"
            className="mono"
            spellCheck={false}
            value={pattern}
            readOnly={readOnly || !allowCustom}
            aria-invalid={regexError ? true : undefined}
            aria-describedby={describedBy(regexId, undefined, regexError)}
            onBlur={onCommit}
            onChange={(e) => onChange(e.target.value, true)}
          />
        </FieldShell>
      )}
    </>
  );
}
