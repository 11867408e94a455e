/**
 * One ranking criterion: its name (what the citizen reads in the score
 * breakdown), its points in words with their problems, and — opened on
 * demand, since a formula is tall — the formula builder with unit "punti".
 */
import { FormulaBuilder, LintMessages, RuleSentence, type FieldCatalog } from '../../../rules';
import type { JsonLogicRule } from '../../../../model/types';
import { Icon } from '../../Icon';
import { ItemActions } from './ItemActions';
import { FOCUS_FIRST } from './useItemList';
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
      <div className="pattern-item-head">
        <span className="pattern-item-number" aria-hidden="true">
          {n}
        </span>
        <label htmlFor={labelId}>{t('criteria.label', { n })}</label>
        {!readOnly && <ItemActions name={label.trim() || t('criteria.item', { n })} index={index} count={count} onMove={onMove} onRemove={onRemove} />}
      </div>
      <div className={error ? 'field field-invalid' : 'field'}>
        <textarea
          id={labelId}
          rows={2}
          value={label}
          readOnly={readOnly}
          maxLength={300}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${labelId}-error` : undefined}
          {...{ [FOCUS_FIRST]: '' }}
          onChange={(e) => onChange({ ...criterion, label: e.target.value }, true)}
          onBlur={onCommit}
        />
        {error && (
          <span className="field-error" id={`${labelId}-error`}>
            {error}
          </span>
        )}
      </div>
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
