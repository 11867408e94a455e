/**
 * Several values from a known list (x-widget "checkboxes" or "mime-types"):
 * one checkbox each. Values already stored but not in the list (from a newer
 * file, or typed by technical staff) stay, shown checked, so nothing is lost.
 */
import { MIME_TYPES } from '../../../blocks/attachment/mimeTypes';
import type { JsonSchema } from '../../../blocks/types';
import { choicesOf, type Choice } from './schemaKinds';
import type { FieldProps } from './fieldTypes';

const mimeNames = new Map(MIME_TYPES.map((m) => [m.mime, m.name]));

/** The list of checkable values of an array schema. */
export function checkboxChoices(schema: JsonSchema): Choice[] {
  const items = ((schema as { items?: JsonSchema }).items ?? {}) as JsonSchema;
  const fromEnum = choicesOf(items);
  if (fromEnum) return fromEnum;
  const suggestions = (items as { 'x-suggestions'?: unknown })['x-suggestions'];
  if (!Array.isArray(suggestions)) return [];
  return suggestions.filter((s): s is string => typeof s === 'string').map((value) => ({ value, label: mimeNames.get(value) ?? value }));
}

export function CheckboxesWidget({ id, label, schema, value, readOnly, onChange }: FieldProps) {
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const known = checkboxChoices(schema);
  const extra = selected
    .filter((v) => !known.some((c) => c.value === v))
    .map((v) => ({ value: v as Choice['value'], label: mimeNames.get(String(v)) ?? String(v) }));
  const choices = [...known, ...extra];
  const description = (schema as { description?: unknown }).description;
  const toggle = (choice: Choice, on: boolean) => {
    // Keep the list's order, with unknown values at the end as they were.
    const next = choices.map((c) => c.value).filter((v) => (v === choice.value ? on : selected.includes(v)));
    onChange(next, false);
  };
  return (
    <fieldset className="field-group checkbox-group">
      <legend>{label}</legend>
      {typeof description === 'string' && <p className="field-hint">{description}</p>}
      <div className="checkbox-grid">
        {choices.map((c, i) => (
          <label key={String(c.value)} className="checkbox" htmlFor={`${id}-${i}`}>
            <input
              id={`${id}-${i}`}
              type="checkbox"
              checked={selected.includes(c.value)}
              disabled={readOnly}
              onChange={(e) => toggle(c, e.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
