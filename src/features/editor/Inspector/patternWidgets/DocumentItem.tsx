/**
 * One required document of a permit: its name, required or not, the maximum
 * size; the accepted file types (the inspector's own "mime-types" checkboxes)
 * and the optional answer key open on demand, summarised when closed.
 */
import { mimeName } from '../../../../blocks/attachment/mimeTypes';
import type { JsonSchema } from '../../../../blocks/types';
import { Icon } from '../../Icon';
import { SchemaField } from '../SchemaField';
import { ItemHead } from './ItemHead';
import { ItemLabelField } from './ItemLabelField';
import { usePatternStrings } from './usePatternStrings';

export type StoredDocument = Record<string, unknown> & { label?: unknown; key?: unknown; acceptedTypes?: unknown; maxSizeMb?: unknown; required?: unknown };

const KEY = /^[a-z][a-z0-9_]*$/;

interface Props {
  id: string;
  doc: StoredDocument;
  index: number;
  count: number;
  /** Schema of one document (the block's), for the types and size controls. */
  itemSchema: JsonSchema;
  /** The answer key the document gets now (its own, or one from its name). */
  effectiveKey?: string;
  readOnly: boolean;
  expanded: boolean;
  onToggle(): void;
  onChange(next: StoredDocument, typing: boolean): void;
  onCommit(): void;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

export function DocumentItem(props: Props) {
  const { id, doc, index, count, itemSchema, effectiveKey, readOnly, expanded, onToggle, onChange, onCommit, onMove, onRemove } = props;
  const { t } = usePatternStrings();
  const n = index + 1;
  const label = typeof doc.label === 'string' ? doc.label : '';
  const key = typeof doc.key === 'string' ? doc.key : '';
  const types = Array.isArray(doc.acceptedTypes) ? doc.acceptedTypes.filter((x): x is string => typeof x === 'string') : [];
  const size = typeof doc.maxSizeMb === 'number' ? doc.maxSizeMb : undefined;
  const sub = (name: string) => ((itemSchema as { properties?: Record<string, JsonSchema> }).properties?.[name] ?? {}) as JsonSchema;
  const set = (patch: StoredDocument, typing: boolean) => {
    const next: StoredDocument = { ...doc, ...patch };
    for (const k of Object.keys(patch)) if (next[k] === undefined) delete next[k];
    if (next.key === '') delete next.key; // optional: an empty key means from the name
    onChange(next, typing);
  };
  const labelId = `${id}-label`;
  const panelId = `${id}-more`;
  const labelError = label.trim() === '' ? t('documents.labelEmpty') : null;
  const sizeError = size === undefined || size <= 0 || size > 100 ? t('documents.sizeInvalid') : null;
  const keyError = key !== '' && !KEY.test(key) ? t('documents.keyInvalid') : null;
  const typeNames = types.length ? types.map(mimeName).join(', ') : t('documents.anyType');

  return (
    <div className="pattern-item-body" role="group" aria-label={label.trim() || t('documents.item', { n })}>
      <ItemHead
        index={index}
        count={count}
        htmlFor={labelId}
        title={t('documents.label', { n })}
        name={label.trim() || t('documents.item', { n })}
        readOnly={readOnly}
        onMove={onMove}
        onRemove={onRemove}
      />
      <ItemLabelField id={labelId} value={label} error={labelError} readOnly={readOnly} onChange={(text) => set({ label: text }, true)} onCommit={onCommit} />
      <SchemaField
        id={`${id}-required`}
        path={`documents.${index}.required`}
        label={t('documents.required')}
        schema={sub('required')}
        value={doc.required === true}
        required={false}
        readOnly={readOnly}
        onChange={(v) => set({ required: v === true }, false)}
        onCommit={onCommit}
      />
      <div className={sizeError ? 'document-size field-invalid' : 'document-size'}>
        <label htmlFor={`${id}-size`}>{t('documents.maxSize')}</label>
        <input
          id={`${id}-size`}
          type="number"
          inputMode="decimal"
          min={0.1}
          max={100}
          step="any"
          value={size ?? ''}
          readOnly={readOnly}
          aria-invalid={sizeError ? true : undefined}
          aria-describedby={sizeError ? `${id}-size-unit ${id}-size-error` : `${id}-size-unit`}
          onChange={(e) => {
            const v = e.target.value === '' ? undefined : Number(e.target.value);
            if (v === undefined || Number.isFinite(v)) set({ maxSizeMb: v }, true);
          }}
          onBlur={onCommit}
        />
        <span id={`${id}-size-unit`}>MB</span>
      </div>
      {sizeError && (
        <span className="field-error" id={`${id}-size-error`}>
          {sizeError}
        </span>
      )}
      <p className="pattern-summary">{t('documents.summary', { types: typeNames })}</p>
      <button type="button" className="btn btn-small pattern-toggle" aria-expanded={expanded} aria-controls={panelId} onClick={onToggle}>
        <Icon name="chevron" />
        {expanded ? t('documents.less') : t('documents.more')}
      </button>
      {expanded && (
        <div id={panelId} className="pattern-more">
          <SchemaField
            id={`${id}-types`}
            path={`documents.${index}.acceptedTypes`}
            label={t('documents.types')}
            schema={sub('acceptedTypes')}
            value={types}
            required={false}
            readOnly={readOnly}
            onChange={(v) => set({ acceptedTypes: Array.isArray(v) ? v : [] }, false)}
            onCommit={onCommit}
          />
          <div className={keyError ? 'field field-invalid' : 'field'}>
            <label htmlFor={`${id}-key`}>{t('documents.key')}</label>
            <input
              id={`${id}-key`}
              type="text"
              className="mono"
              spellCheck={false}
              value={key}
              readOnly={readOnly}
              maxLength={60}
              aria-invalid={keyError ? true : undefined}
              aria-describedby={`${id}-key-hint`}
              onChange={(e) => set({ key: e.target.value }, true)}
              onBlur={onCommit}
            />
            <span className={keyError ? 'field-error' : 'field-hint'} id={`${id}-key-hint`}>
              {keyError ?? t('documents.keyHint', { key: effectiveKey ?? '—' })}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
