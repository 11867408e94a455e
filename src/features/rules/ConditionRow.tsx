/**
 * One condition: [field] [operator offered for the field's kind] [value] [remove].
 */
import { operatorLabel, operatorsFor, type OperatorId } from '../../rules';
import { withField, withOperator, type DraftCondition } from './conditionDraft';
import type { CatalogField } from './fieldCatalog';
import { FieldSelect } from './FieldSelect';
import { ValueInput } from './ValueInput';
import { useRulesI18n } from './useRulesI18n';

export interface ConditionRowProps {
  row: DraftCondition;
  onChange(row: DraftCondition): void;
  onRemove(): void;
  /** Fields a condition may name (not the item fields of lists). */
  fields: readonly CatalogField[];
  byPath: ReadonlyMap<string, CatalogField>;
  /** Number of the row, "2" or "3.1". */
  n: string;
}

export function ConditionRow({ row, onChange, onRemove, fields, byPath, n }: ConditionRowProps) {
  const { t, language } = useRulesI18n();
  const field = byPath.get(row.field);
  const operators = field ? operatorsFor(field.kind) : [];
  return (
    <div className="rb-row" role="group" aria-label={t('condition.name', { n })}>
      <span className="rb-row-number" aria-hidden="true">
        {n}
      </span>
      <div className="rb-row-body">
        <FieldSelect
          value={row.field}
          onChange={(path) => onChange(withField(row, path, byPath.get(path), field))}
          fields={fields}
          label={t('condition.field', { n })}
          placeholder={row.field === '' ? t('condition.pickField') : undefined}
          className="input rb-field"
        />
        {row.operator === null ? (
          <span className="field-hint rb-incomplete">{t('condition.incomplete')}</span>
        ) : (
          // Operator and value wrap together, so a narrow inspector reads "è al massimo 16.500 €" on one line.
          <span className="rb-test">
            <select
              className="input rb-operator"
              aria-label={t('condition.operator', { n })}
              value={row.operator}
              onChange={(e) => onChange(withOperator(row, e.target.value as OperatorId, field))}
            >
              {/* A field missing from the service keeps its operator, so the row still reads right. */}
              {!field && <option value={row.operator}>{operatorLabel(row.operator, undefined, language)}</option>}
              {operators.map((op) => (
                <option key={op.id} value={op.id}>
                  {operatorLabel(op.id, field?.kind, language)}
                </option>
              ))}
            </select>
            <ValueInput operator={row.operator} field={field} value={row.value} onChange={(value) => onChange({ ...row, value })} n={n} />
          </span>
        )}
      </div>
      <button type="button" className="btn btn-icon btn-small rb-remove" aria-label={t('condition.remove', { n })} title={t('condition.remove', { n })} onClick={onRemove}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
