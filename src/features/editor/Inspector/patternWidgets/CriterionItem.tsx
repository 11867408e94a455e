/**
 * One ranking criterion: its name (what the citizen reads in the score
 * breakdown), its points in words with their problems, and — opened on
 * demand, since a formula is tall — the formula builder with unit "punti".
 */
import { FormulaBuilder, LintMessages, RuleSentence, type FieldCatalog } from '../../../rules';
import type { JsonLogicRule } from '../../../../model/types';
import { Icon } from '../../Icon';
import { ItemHead } from './ItemHead';
import { ItemLabelField } from './ItemLabelField';
import { usePatternStrings } from './usePatternStrings';

/** A criterion as stored: `{ id, label, points }` (other keys from newer files are kept). */
export type Criterion = Record<string, unknown> & { id?: unknown; label?: unknown; points?: unknown };

interface Props {
  id: string;
  criterion: Criterion;
  index: number;
  count: number;
  fields: FieldCatalog;
  readOnly: boolean;
  expanded: boolean;
  onToggle(): void;
  onChange(next: Criterion, typing: boolean): void;
  onCommit(): void;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

export function CriterionItem({ id, criterion, index, count, fields, readOnly, expanded, onToggle, onChange, onCommit, onMove, onRemove }: Props) {
  const { t } = usePatternStrings();
  const n = index + 1;
  const label = typeof criterion.label === 'string' ? criterion.label : '';
  const points = criterion.points as JsonLogicRule | undefined;
  const labelId = `${id}-label`;
  const panelId = `${id}-points`;
  const error = label.trim() === '' ? t('criteria.labelEmpty') : null;
  const path = `/props/criteria/${index}/points`;
  return (
    <div className="pattern-item-body">
      <ItemHead
        index={index}
        count={count}
        htmlFor={labelId}
        title={t('criteria.label', { n })}
        name={label.trim() || t('criteria.item', { n })}
        readOnly={readOnly}
        onMove={onMove}
        onRemove={onRemove}
      />
      <ItemLabelField id={labelId} value={label} error={error} readOnly={readOnly} onChange={(text) => onChange({ ...criterion, label: text }, true)} onCommit={onCommit} />
      <div className="pattern-points">
        <span className="pattern-points-label">{t('criteria.points')}:</span> <RuleSentence rule={points} fields={fields} empty="0" />
      </div>
      {!expanded && <LintMessages rule={points} fields={fields} path={path} />}
      {!readOnly && (
        <button type="button" className="btn btn-small pattern-toggle" aria-expanded={expanded} aria-controls={panelId} onClick={onToggle}>
          <Icon name="chevron" />
          {expanded ? t('criteria.closePoints') : t('criteria.editPoints')}
        </button>
      )}
      {expanded && (
        <div id={panelId} className="inspector-rule pattern-formula">
          <FormulaBuilder
            label={t('criteria.pointsOf', { n })}
            unit="punti"
            value={points}
            fields={fields}
            path={path}
            onChange={(rule) => onChange({ ...criterion, points: rule ?? 0 }, true)}
          />
        </div>
      )}
    </div>
  );
}
