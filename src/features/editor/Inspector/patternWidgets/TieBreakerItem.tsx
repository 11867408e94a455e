/**
 * One tie-breaker: the rule (Italian names from the ranking block), the
 * answer or criterion it compares when the rule needs one, and the sentence
 * the citizen reads. A missing field is said inline: until chosen, the rule
 * does not count (the runtime skips it).
 */
import { TIE_BREAKER_KINDS } from '../../../../blocks/ranking/props';
import { FieldSelect, type CatalogField } from '../../../rules';
import { ItemHead } from './ItemHead';
import { comparesAnswer, comparesCriterion, withChange, type StoredTieBreaker, type TieBreakerKind } from './tieBreakers';
import { FOCUS_FIRST } from './useItemList';
import { usePatternStrings } from './usePatternStrings';

interface Props {
  id: string;
  tie: StoredTieBreaker;
  index: number;
  count: number;
  /** Answers that can order applicants. */
  fields: readonly CatalogField[];
  /** The ranking's criteria (`id` → label), for the criterion rules. */
  criteria: ReadonlyArray<{ id: string; label: string }>;
  /** The label written for the official, for a tie-breaker (see `autoLabel`). */
  label(tie: StoredTieBreaker): string | undefined;
  /** Name of a field path the menu does not offer (deleted, or a list item). */
  labelOf(path: string): string | undefined;
  readOnly: boolean;
  onChange(next: StoredTieBreaker, typing: boolean): void;
  onCommit(): void;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

export function TieBreakerItem({ id, tie, index, count, fields, criteria, label, labelOf, readOnly, onChange, onCommit, onMove, onRemove }: Props) {
  const { t } = usePatternStrings();
  const n = index + 1;
  const field = typeof tie.field === 'string' ? tie.field : '';
  const text = typeof tie.label === 'string' ? tie.label : '';
  const kindId = `${id}-kind`;
  const fieldId = `${id}-field`;
  const labelId = `${id}-label`;
  const needsAnswer = comparesAnswer(tie.kind);
  const needsCriterion = comparesCriterion(tie.kind);
  const fieldError = needsAnswer && !field ? t('tieBreakers.fieldMissing') : needsCriterion && !field ? t('tieBreakers.criterionMissing') : null;
  const labelError = text.trim() === '' ? t('tieBreakers.labelEmpty') : null;
  const change = (patch: { kind?: TieBreakerKind; field?: string }) => onChange(withChange(tie, patch, label), false);
  const unknownCriterion = needsCriterion && field !== '' && !criteria.some((c) => c.id === field);

  return (
    <div className="pattern-item-body">
      <ItemHead
        index={index}
        count={count}
        htmlFor={kindId}
        title={t('tieBreakers.item', { n })}
        name={text.trim() || t('tieBreakers.item', { n })}
        readOnly={readOnly}
        onMove={onMove}
        onRemove={onRemove}
      />
      <div className="field">
        <select
          id={kindId}
          value={typeof tie.kind === 'string' ? tie.kind : ''}
          disabled={readOnly}
          {...{ [FOCUS_FIRST]: '' }}
          onChange={(e) => change({ kind: e.target.value as TieBreakerKind })}
        >
          {!TIE_BREAKER_KINDS.some((k) => k.kind === tie.kind) && <option value="">{String(tie.kind ?? '—')}</option>}
          {TIE_BREAKER_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      {(needsAnswer || needsCriterion) && (
        <div className={fieldError ? 'field field-invalid' : 'field'}>
          <label htmlFor={fieldId}>{needsAnswer ? t('tieBreakers.field') : t('tieBreakers.criterion')}</label>
          {needsAnswer ? (
            <FieldSelect
              id={fieldId}
              value={field}
              fields={fields}
              placeholder={t('tieBreakers.pickField')}
              labelOf={labelOf}
              label={t('tieBreakers.field')}
              describedBy={fieldError ? `${fieldId}-error` : undefined}
              disabled={readOnly}
              onChange={(path) => change({ field: path })}
            />
          ) : (
            <select
              id={fieldId}
              className="input"
              value={field}
              disabled={readOnly}
              aria-describedby={fieldError ? `${fieldId}-error` : undefined}
              onChange={(e) => change({ field: e.target.value })}
            >
              <option value="">{t('tieBreakers.pickCriterion')}</option>
              {unknownCriterion && <option value={field}>{t('tieBreakers.criterionUnknown', { id: field })}</option>}
              {criteria.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
          {fieldError && (
            <span className="field-error" id={`${fieldId}-error`}>
              {fieldError}
            </span>
          )}
        </div>
      )}
      <div className={labelError ? 'field field-invalid' : 'field'}>
        <label htmlFor={labelId}>{t('tieBreakers.label')}</label>
        <input
          id={labelId}
          type="text"
          value={text}
          readOnly={readOnly}
          maxLength={200}
          aria-invalid={labelError ? true : undefined}
          aria-describedby={labelError ? `${labelId}-error` : undefined}
          onChange={(e) => onChange({ ...tie, label: e.target.value }, true)}
          onBlur={onCommit}
        />
        {labelError && (
          <span className="field-error" id={`${labelId}-error`}>
            {labelError}
          </span>
        )}
      </div>
    </div>
  );
}
