/**
 * The generated props form: one control per property of the type's props
 * schema, in schema order. Props reserved to technical staff are gathered in
 * their own group, read-only (with a note) for officials.
 */
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonSchema } from '../../../blocks/types';
import { isShown, propertiesOf, requiredOf, titleOf } from './schemaKinds';
import { SchemaField } from './SchemaField';

export interface PropsFormProps {
  /** Prefix of the controls' DOM ids. */
  idPrefix: string;
  schema: JsonSchema;
  props: Record<string, unknown>;
  technicalProps: readonly string[];
  /** Whether technical props are read-only (the official role). */
  technicalReadOnly: boolean;
  /** Sets props (shallow); `typing` marks keystrokes, which coalesce into one undo step per prop. */
  onChange(patch: Record<string, unknown>, typing: boolean, prop: string): void;
  onCommit(): void;
  /** Drawn right after the label (the key field), or first when there is no label. */
  afterLabel?: ReactNode;
}

export function PropsForm({ idPrefix, schema, props, technicalProps, technicalReadOnly, onChange, onCommit, afterLabel }: PropsFormProps) {
  const { t } = useTranslation('editor');
  const required = requiredOf(schema);
  const technical = new Set(technicalProps);
  const all = propertiesOf(schema).filter(([, sub]) => isShown(sub, props));
  const field = ([name, sub]: [string, JsonSchema], readOnly: boolean) => (
    <SchemaField
      key={name}
      id={`${idPrefix}-${name}`}
      path={name}
      label={titleOf(sub, name)}
      schema={sub}
      value={props[name]}
      siblings={props}
      required={required.has(name)}
      readOnly={readOnly}
      canEditRaw={!technicalReadOnly}
      onCommit={onCommit}
      onChange={(value, typing) => onChange({ [name]: value }, typing, name)}
      onPatchSiblings={(patch, typing) => onChange(patch, typing, name)}
    />
  );
  const general = all.filter(([name]) => !technical.has(name));
  const reserved = all.filter(([name]) => technical.has(name));
  const hasLabel = general.some(([name]) => name === 'label');
  return (
    <>
      {!hasLabel && afterLabel}
      {general.map((entry) => (
        <Fragment key={entry[0]}>
          {field(entry, false)}
          {entry[0] === 'label' && afterLabel}
        </Fragment>
      ))}
      {reserved.length > 0 && (
        <fieldset className="field-group technical-group">
          <legend>{t('inspector.technical')}</legend>
          {technicalReadOnly && (
            <p className="notice technical-note">
              {t('inspector.technicalNote')}
            </p>
          )}
          {reserved.map((entry) => field(entry, technicalReadOnly))}
        </fieldset>
      )}
    </>
  );
}
