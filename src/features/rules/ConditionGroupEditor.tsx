/**
 * A group of conditions: "tutte le condizioni" / "almeno una delle
 * condizioni", its rows and nested groups, and the buttons that add them.
 * Focus follows the edit (a new row's field menu, the neighbour of a removed
 * row), so the builder works from the keyboard alone.
 */
import { useEffect, useRef, useState } from 'react';
import { ConditionRow } from './ConditionRow';
import { isDraftGroup, newCondition, newGroup, type DraftGroup, type DraftItem } from './conditionDraft';
import type { CatalogField } from './fieldCatalog';
import { useRulesI18n } from './useRulesI18n';

export interface ConditionGroupEditorProps {
  group: DraftGroup;
  onChange(group: DraftGroup): void;
  /** Absent for the top group, which cannot be removed. */
  onRemove?(): void;
  /** 0 for the top group. */
  depth: number;
  /** How deep groups may nest below the top (1 or 2). */
  maxDepth: number;
  /** Number prefix of the rows: '' at the top, "2." inside group 2. */
  prefix: string;
  /** Accessible name of the group ("Requisito", "Gruppo 2"). */
  name: string;
  fields: readonly CatalogField[];
  byPath: ReadonlyMap<string, CatalogField>;
}

const FOCUSABLE = 'select, input, button';

export function ConditionGroupEditor({ group, onChange, onRemove, depth, maxDepth, prefix, name, fields, byPath }: ConditionGroupEditorProps) {
  const { t } = useRulesI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Which item to focus after the next render: an id, or 'add' for the add button.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    const item = focusTarget === 'add' ? null : listRef.current?.querySelector(`[data-item-id="${focusTarget}"]`);
    const target = item ? item.querySelector<HTMLElement>(FOCUSABLE) : addRef.current;
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const setItems = (items: DraftItem[]) => onChange({ ...group, items });
  const add = (item: DraftItem) => {
    setItems([...group.items, item]);
    setFocusTarget(item.id);
  };
  const replace = (i: number) => (item: DraftItem) => setItems(group.items.map((it, k) => (k === i ? item : it)));
  const remove = (i: number) => () => {
    const items = group.items.filter((_, k) => k !== i);
    setItems(items);
    const neighbour = items[Math.min(i, items.length - 1)];
    setFocusTarget(neighbour ? neighbour.id : 'add');
  };
  const canNest = depth < maxDepth;
  const matchLabel = depth === 0 ? t('group.match') : t('group.matchOf', { name });

  return (
    <fieldset className={`rb-group rb-depth-${depth}`}>
      <legend className={depth === 0 ? 'rb-label' : 'visually-hidden'}>{name}</legend>
      <div className="rb-group-head">
        <label className="rb-match">
          <span>{depth === 0 ? t('group.match') : name}</span>
          <select className="input" aria-label={matchLabel} value={group.kind} onChange={(e) => onChange({ ...group, kind: e.target.value as DraftGroup['kind'] })}>
            <option value="all">{t('group.all')}</option>
            <option value="any">{t('group.any')}</option>
          </select>
        </label>
        {onRemove && (
          <button type="button" className="btn btn-danger btn-small" onClick={onRemove}>
            {t('group.remove', { name: name.toLowerCase() })}
          </button>
        )}
      </div>
      {group.items.length === 0 ? (
        <p className="field-hint">{t('group.empty')}</p>
      ) : (
        <ol className="rb-items" ref={listRef}>
          {group.items.map((item, i) => {
            const n = `${prefix}${i + 1}`;
            return (
              <li key={item.id} data-item-id={item.id}>
                {isDraftGroup(item) ? (
                  <ConditionGroupEditor
                    group={item}
                    onChange={replace(i)}
                    onRemove={remove(i)}
                    depth={depth + 1}
                    maxDepth={maxDepth}
                    prefix={`${n}.`}
                    name={t('group.name', { n })}
                    fields={fields}
                    byPath={byPath}
                  />
                ) : (
                  <ConditionRow row={item} onChange={replace(i)} onRemove={remove(i)} fields={fields} byPath={byPath} n={n} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="rb-actions">
        <button
          ref={addRef}
          type="button"
          className="btn btn-small"
          aria-label={depth === 0 ? undefined : t('group.addConditionTo', { name: name.toLowerCase() })}
          onClick={() => add(newCondition())}
        >
          <span aria-hidden="true">+</span> {t('group.addCondition')}
        </button>
        {canNest && (
          <button
            type="button"
            className="btn btn-small"
            aria-label={depth === 0 ? undefined : t('group.addGroupTo', { name: name.toLowerCase() })}
            onClick={() => add(newGroup(group.kind === 'all' ? 'any' : 'all'))}
          >
            <span aria-hidden="true">+</span> {t('group.addGroup')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
