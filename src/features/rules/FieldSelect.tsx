/**
 * A menu of fields, grouped by step so that a service with hundreds of fields
 * stays findable (native select: typing a label's first letters jumps to it).
 */
import type { Ref } from 'react';
import type { CatalogField } from './fieldCatalog';
import { useRulesI18n } from './useRulesI18n';

export interface FieldSelectProps {
  /** Selected answer path; '' for none. */
  value: string;
  onChange(path: string): void;
  /** The fields to offer, already filtered for the context (kinds, no list items…). */
  fields: readonly CatalogField[];
  /** Accessible name. */
  label: string;
  /** Text of the empty choice; without it there is none. */
  placeholder?: string;
  selectRef?: Ref<HTMLSelectElement>;
  className?: string;
  /** Label of a field the service has but this menu does not offer (a stored rule may use it); lint explains why it is wrong. */
  labelOf?(path: string): string | undefined;
  /** DOM id, when a visible `<label htmlFor>` names the menu (the inspector's pattern controls). */
  id?: string;
  /** Id of a hint or error describing the menu. */
  describedBy?: string;
  disabled?: boolean;
}

export function FieldSelect({ value, onChange, fields, label, placeholder, selectRef, className = 'input', labelOf, id, describedBy, disabled }: FieldSelectProps) {
  const { t } = useRulesI18n();
  const groups: Array<{ name: string; fields: CatalogField[] }> = [];
  for (const field of fields) {
    const name = field.group ?? '';
    const last = groups[groups.length - 1];
    if (last && last.name === name) last.fields.push(field);
    else groups.push({ name, fields: [field] });
  }
  // A rule may name a field that was deleted or renamed: show it as such rather than silently pick another.
  const missing = value !== '' && !fields.some((f) => f.path === value);
  const options = (list: CatalogField[]) =>
    list.map((f) => (
      <option key={f.path} value={f.path}>
        {f.label}
      </option>
    ));
  return (
    <select
      ref={selectRef}
      id={id}
      className={className}
      // A visible label (htmlFor = id) names the menu; otherwise aria-label does.
      aria-label={id ? undefined : label}
      aria-describedby={describedBy}
      disabled={disabled}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {missing && <option value={value}>{labelOf?.(value) ?? t('condition.missingField', { key: value })}</option>}
      {groups.map((g, i) =>
        g.name === '' || groups.length === 1 ? (
          options(g.fields)
        ) : (
          <optgroup key={`${g.name}-${i}`} label={g.name}>
            {options(g.fields)}
          </optgroup>
        ),
      )}
    </select>
  );
}
