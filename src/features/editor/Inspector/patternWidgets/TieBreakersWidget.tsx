/**
 * "A parità di punteggio" of a ranking (x-widget "tie-breakers"): an ordered
 * list — the first rule that tells two applications apart decides. Answers
 * are picked from the service's field catalog (dotted paths such as
 * `isee.value`, as the runtime reads them); criteria from the ranking's own
 * `criteria` prop (a sibling).
 */
import { catalogIndex } from '../../../rules';
import type { FieldProps } from '../fieldTypes';
import { useFieldCatalog } from '../useFieldCatalog';
import { TieBreakerItem } from './TieBreakerItem';
import { autoLabel, comparableFields, comparesAnswer, type StoredTieBreaker } from './tieBreakers';
import { useItemList } from './useItemList';
import { PatternList } from './PatternList';
import { usePatternStrings } from './usePatternStrings';
import './patternWidgets.css';

export function TieBreakersWidget({ id, label, schema, value, readOnly, siblings, onChange, onCommit }: FieldProps) {
  const { t } = usePatternStrings();
  const catalog = useFieldCatalog();
  const fields = comparableFields(catalog);
  const { labels } = catalogIndex(catalog);
  const ties: StoredTieBreaker[] = Array.isArray(value) ? (value as StoredTieBreaker[]) : [];
  const list = useItemList(ties, onChange);
  const criteria = (Array.isArray(siblings?.criteria) ? siblings.criteria : [])
    .filter((c): c is { id: string; label?: unknown } => !!c && typeof c === 'object' && typeof (c as { id?: unknown }).id === 'string')
    .map((c) => ({ id: c.id, label: typeof c.label === 'string' && c.label.trim() ? c.label : c.id }));
  const labelFor = (tie: StoredTieBreaker) =>
    autoLabel(t, tie, (field) => (comparesAnswer(tie.kind) ? labels(field) : criteria.find((c) => c.id === field)?.label));
  const maxItems = (schema as { maxItems?: number }).maxItems ?? Infinity;
  const description = (schema as { description?: string }).description;

  return (
    <PatternList
      label={label}
      description={description}
      root={list.root}
      emptyText={t('tieBreakers.empty')}
      count={ties.length}
      maxItems={maxItems}
      readOnly={readOnly}
      addLabel={t('tieBreakers.add')}
      onAdd={() => list.add({ kind: 'submitted-asc', label: t('tieBreakers.auto.submitted-asc') })}
    >
      {ties.map((tie, i) => (
        // No ids: items are keyed by position, and useItemList moves the focus with a moved item.
        <li key={i} className="pattern-item" data-item={i}>
          <TieBreakerItem
            id={`${id}-${i}`}
            tie={tie}
            index={i}
            count={ties.length}
            fields={fields}
            criteria={criteria}
            label={labelFor}
            labelOf={labels}
            readOnly={readOnly}
            onChange={(next, typing) => list.update(i, next, typing)}
            onCommit={onCommit}
            onMove={list.move}
            onRemove={list.remove}
          />
        </li>
      ))}
    </PatternList>
  );
}
