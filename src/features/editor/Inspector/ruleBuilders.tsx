/**
 * The rules feature's visual builders, mounted in the inspector. Loaded
 * lazily (see `ruleWidgets.tsx`): they bring the compiler (for the field
 * catalogue) and the builders, which a user who never opens a rule does not
 * need. The field catalogue is built from the current definition, memoised by
 * the rules feature on `definition.steps`.
 */
import { ConditionBuilder, FormulaBuilder, RuleSentence, type FormulaUnit } from '../../rules';
import type { JsonLogicRule } from '../../../model/types';
import type { FieldProps } from './fieldTypes';
import { useFieldCatalog as useFields } from './useFieldCatalog';

/** A prop with `x-widget: "formula"` (amounts, points). */
export function FormulaField({ label, schema, value, readOnly, onChange, path }: FieldProps) {
  const fields = useFields();
  const unit = (schema as { 'x-unit'?: string })['x-unit'];
  if (readOnly) return <RuleSentence rule={value as JsonLogicRule | undefined} fields={fields} />;
  return (
    <div className="field inspector-rule">
      <FormulaBuilder
        label={label}
        unit={unit === '€' || unit === 'punti' ? (unit as FormulaUnit) : undefined}
        value={value as JsonLogicRule | undefined}
        onChange={(rule) => onChange(rule, true)}
        fields={fields}
        path={`/props/${path.replace(/\./g, '/')}`}
      />
    </div>
  );
}

/** A prop with `x-widget: "condition"`. */
export function ConditionField({ label, value, readOnly, onChange, path }: FieldProps) {
  const fields = useFields();
  if (readOnly) return <RuleSentence rule={value as JsonLogicRule | undefined} fields={fields} />;
  return (
    <div className="field inspector-rule">
      <ConditionBuilder
        label={label}
        value={value as JsonLogicRule | undefined}
        onChange={(rule) => onChange(rule, true)}
        fields={fields}
        path={`/props/${path.replace(/\./g, '/')}`}
      />
    </div>
  );
}

/** The condition under which a node is shown (its `visibleIf`). */
export function VisibilityBuilder({
  label,
  value,
  onChange,
}: {
  label: string;
  value: JsonLogicRule | undefined;
  onChange(rule: JsonLogicRule | undefined): void;
}) {
  const fields = useFields();
  return <ConditionBuilder label={label} value={value} onChange={onChange} fields={fields} maxDepth={1} />;
}
