/** A nested object prop (e.g. "Validazione"): a fieldset of its own properties. */
import { isShown, propertiesOf, requiredOf, titleOf } from './schemaKinds';
import { SchemaField } from './SchemaField';
import type { FieldProps } from './fieldTypes';

export function GroupWidget({ id, path, label, schema, value, readOnly, onChange, onCommit }: FieldProps) {
  const current = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const required = requiredOf(schema);
  const description = (schema as { description?: unknown }).description;
  return (
    <fieldset className="field-group">
      <legend>{label}</legend>
      {typeof description === 'string' && <p className="field-hint">{description}</p>}
      {propertiesOf(schema)
        .filter(([, sub]) => isShown(sub, current))
        .map(([name, sub]) => (
          <SchemaField
            key={name}
            id={`${id}-${name}`}
            path={`${path}.${name}`}
            label={titleOf(sub, name)}
            schema={sub}
            value={current[name]}
            siblings={current}
            required={required.has(name)}
            readOnly={readOnly}
            onCommit={onCommit}
            onChange={(v, typing) => {
              const next = { ...current };
              if (v === undefined) delete next[name];
              else next[name] = v;
              onChange(next, typing);
            }}
          />
        ))}
    </fieldset>
  );
}
