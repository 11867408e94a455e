/** A prop naming one of the service's fields (x-widget "field"): chosen by label, stored as the key. */
import { shallow } from 'zustand/shallow';
import { useTranslation } from 'react-i18next';
import { walkNodes } from '../../../model/tree';
import { useDefinition } from '../../../store/useDocument';
import { describedBy, FieldShell } from './FieldShell';
import type { FieldProps } from './fieldTypes';

export function FieldKeyWidget({ id, label, schema, value, readOnly, required, onChange }: FieldProps) {
  const { t } = useTranslation('editor');
  // "label\u0000key" pairs: a flat array of strings compares cheaply with `shallow`.
  const pairs = useDefinition((d) => {
    const out: string[] = [];
    walkNodes(d, (node) => {
      const l = node.props.label;
      out.push(`${typeof l === 'string' && l.trim() ? l : node.key}\u0000${node.key}`);
    });
    return out;
  }, shallow);
  const current = typeof value === 'string' ? value : '';
  const known = pairs.some((p) => p.endsWith(`\u0000${current}`));
  const hint = (schema as { description?: string }).description;
  return (
    <FieldShell id={id} label={label} hint={hint} required={required}>
      <select
        id={id}
        value={current}
        disabled={readOnly}
        aria-describedby={describedBy(id, hint)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value, false)}
      >
        <option value="">{t('inspector.none')}</option>
        {current !== '' && !known && <option value={current}>{current}</option>}
        {pairs.map((p) => {
          const [text, key] = p.split('\u0000');
          return (
            <option key={key} value={key}>
              {text} ({key})
            </option>
          );
        })}
      </select>
    </FieldShell>
  );
}
