/**
 * "Criteri di punteggio" of a ranking (x-widget "criteria"): a list of
 * `{ id, label, points }` where points is a JsonLogic formula. Ids are given
 * once, when a criterion is added, and never change — tie-breakers and
 * exports refer to them — while the official renames and reorders freely.
 */
import { useState } from 'react';
import type { FieldProps } from '../fieldTypes';
import { useFieldCatalog } from '../useFieldCatalog';
import { freshCriterionId, itemKeys } from './criteria';
import { CriterionItem, type Criterion } from './CriterionItem';
import { useItemList } from './useItemList';
import { PatternList } from './PatternList';
import { usePatternStrings } from './usePatternStrings';
import './patternWidgets.css';

export function CriteriaWidget({ id, label, schema, value, readOnly, onChange, onCommit }: FieldProps) {
  const { t } = usePatternStrings();
  const fields = useFieldCatalog();
  const criteria: Criterion[] = Array.isArray(value) ? (value as Criterion[]) : [];
  const list = useItemList(criteria, onChange);
  // Which formulas are open, by criterion id: survives reordering.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const keys = itemKeys(criteria);
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const maxItems = (schema as { maxItems?: number }).maxItems ?? Infinity;
  const description = (schema as { description?: string }).description;

  const add = () => {
    const fresh: Criterion = { id: freshCriterionId(criteria), label: t('criteria.newLabel'), points: 0 };
    // A new criterion opens on its formula: points are what it is for.
    setOpen((prev) => new Set(prev).add(`id:${fresh.id as string}`));
    list.add(fresh);
  };

  return (
    <PatternList
      label={label}
      description={description}
      root={list.root}
      emptyText={t('criteria.empty')}
      count={criteria.length}
      maxItems={maxItems}
      readOnly={readOnly}
      addLabel={t('criteria.add')}
      onAdd={add}
    >
      {criteria.map((criterion, i) => {
        const key = keys[i];
        return (
          <li key={key} className="pattern-item" data-item={i}>
            <CriterionItem
              id={`${id}-${i}`}
              criterion={criterion}
              index={i}
              count={criteria.length}
              fields={fields}
              readOnly={readOnly}
              expanded={open.has(key)}
              onToggle={() => toggle(key)}
              onChange={(next, typing) => list.update(i, next, typing)}
              onCommit={onCommit}
              onMove={list.move}
              onRemove={list.remove}
            />
          </li>
        );
      })}
    </PatternList>
  );
}
