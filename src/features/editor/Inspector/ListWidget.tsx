/**
 * A list prop (choices of a "Scelta singola", accepted file types, …): add,
 * remove and reorder items with buttons. Items that are objects show their
 * own properties; for choices ({ value, label }) the value follows the text
 * until the official edits it, like a field's key follows its label.
 */
import { useTranslation } from 'react-i18next';
import { keyFromLabel } from '../../../model/keys';
import type { JsonSchema } from '../../../blocks/types';
import { emptyValue, isShown, propertiesOf, requiredOf, schemaType, titleOf } from './schemaKinds';
import { SchemaField } from './SchemaField';
import { Icon } from '../Icon';
import type { FieldProps } from './fieldTypes';

type Item = unknown;

/** A readable name for an item, used in its buttons' accessible names. */
function itemName(item: Item, n: number, fallback: string): string {
  if (typeof item === 'string' && item.trim()) return item;
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    for (const k of ['label', 'title', 'name', 'value']) {
      if (typeof o[k] === 'string' && (o[k] as string).trim()) return o[k] as string;
    }
  }
  return `${fallback} ${n}`;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * A choice's value follows its text while it is still what the text would
 * give (empty, or the slug of the old text); `others` are the other values.
 */
function followLabel(
  prev: Record<string, unknown>,
  next: Record<string, unknown>,
  others: ReadonlySet<string>,
): Record<string, unknown> {
  if (typeof next.label !== 'string' || next.label.trim() === '' || typeof prev.value !== 'string') return next;
  const prevLabel = typeof prev.label === 'string' ? prev.label : '';
  const base = keyFromLabel(prevLabel, NONE);
  // An emptied text (on the way to a new one) keeps the value following.
  const derived =
    prevLabel.trim() === '' ||
    prev.value === '' || prev.value === base || (prev.value.startsWith(`${base}_`) && /^\d+$/.test(prev.value.slice(base.length + 1)));
  return derived ? { ...next, value: keyFromLabel(next.label, others) } : next;
}

export function ListWidget({ id, path, label, schema, value, readOnly, onChange, onCommit }: FieldProps) {
  const { t } = useTranslation('editor');
  const items: Item[] = Array.isArray(value) ? value : [];
  const itemSchema = ((schema as { items?: JsonSchema }).items ?? { type: 'string' }) as JsonSchema;
  const isObject = schemaType(itemSchema) === 'object';
  const isOptions = (schema as { 'x-widget'?: string })['x-widget'] === 'options';
  const itemWord = t('inspector.itemN', { n: '' }).trim();
  const maxItems = (schema as { maxItems?: number }).maxItems;
  // A choice reads text first, then its stored value.
  const itemProperties = propertiesOf(itemSchema).sort(([a], [b]) => (isOptions ? Number(b === 'label') - Number(a === 'label') : 0));

  const replace = (next: Item[], typing: boolean) => onChange(next, typing);
  const move = (from: number, to: number) => {
    const next = items.slice();
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    replace(next, false);
  };
  const add = () => {
    const fresh = emptyValue(itemSchema);
    if (isOptions && fresh && typeof fresh === 'object') {
      const n = items.length + 1;
      (fresh as Record<string, unknown>).label = `Opzione ${n}`;
      (fresh as Record<string, unknown>).value = `opzione_${n}`;
    }
    replace([...items, fresh], false);
  };

  return (
    <fieldset className="field-group list-editor">
      <legend>{label}</legend>
      {items.length === 0 && <p className="field-hint">{t('inspector.noItems')}</p>}
      <ol className="list-editor-items">
        {items.map((item, i) => {
          const name = itemName(item, i + 1, itemWord);
          const itemId = `${id}-${i}`;
          return (
            <li key={i} className="list-editor-item">
              <div className="list-editor-fields">
                {isObject ? (
                  itemProperties
                    .filter(([, sub]) => isShown(sub, (item ?? {}) as Record<string, unknown>))
                    .map(([prop, sub]) => (
                      <SchemaField
                        key={prop}
                        id={`${itemId}-${prop}`}
                        path={`${path}.${i}.${prop}`}
                        label={`${titleOf(sub, prop)} ${i + 1}`}
                        schema={sub}
                        value={(item as Record<string, unknown>)?.[prop]}
                        required={requiredOf(itemSchema).has(prop)}
                        readOnly={readOnly}
                        onCommit={onCommit}
                        onChange={(v, typing) => {
                          const prev = (item ?? {}) as Record<string, unknown>;
                          let next: Record<string, unknown> = { ...prev, [prop]: v };
                          if (prop === 'label' && isOptions) {
                            const others = new Set(
                              items.filter((_, j) => j !== i).map((o) => String((o as Record<string, unknown>)?.value ?? '')),
                            );
                            next = followLabel(prev, next, others);
                          }
                          const all = items.slice();
                          all[i] = next;
                          replace(all, typing);
                        }}
                      />
                    ))
                ) : (
                  <SchemaField
                    id={itemId}
                    path={`${path}.${i}`}
                    label={`${itemWord} ${i + 1}`}
                    schema={itemSchema}
                    value={item}
                    required={false}
                    readOnly={readOnly}
                    onCommit={onCommit}
                    onChange={(v, typing) => {
                      const all = items.slice();
                      all[i] = v;
                      replace(all, typing);
                    }}
                  />
                )}
              </div>
              {!readOnly && (
                <div className="list-editor-actions">
                  <button
                    type="button"
                    className="btn btn-icon"
                    aria-label={t('inspector.itemUp', { label: name })}
                    title={t('inspector.itemUp', { label: name })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    <Icon name="up" />
                  </button>
                  <button
                    type="button"
                    className="btn btn-icon"
                    aria-label={t('inspector.itemDown', { label: name })}
                    title={t('inspector.itemDown', { label: name })}
                    disabled={i === items.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    <Icon name="down" />
                  </button>
                  <button
                    type="button"
                    className="btn btn-icon btn-icon-danger"
                    aria-label={t('inspector.removeItem', { label: name })}
                    title={t('inspector.removeItem', { label: name })}
                    onClick={() => replace(items.filter((_, j) => j !== i), false)}
                  >
                    <Icon name="trash" />
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (maxItems === undefined || items.length < maxItems) && (
        <button type="button" className="btn btn-small" onClick={add}>
          <Icon name="plus" />
          {isOptions ? t('inspector.addOption') : t('inspector.addItem')}
        </button>
      )}
    </fieldset>
  );
}
