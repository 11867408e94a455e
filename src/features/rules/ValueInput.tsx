/**
 * The value part of a condition row, fitting the field's kind and the
 * operator's shape: a number, a euro amount, a date or "oggi", one of the
 * field's options, several options, a range, a count, an age in years.
 */
import { OPERATORS, type ConditionValue, type OperatorId, type TodayRef, type ValueKind } from '../../rules';
import { DateValueInput } from './DateValueInput';
import type { CatalogField } from './fieldCatalog';
import { NumberInput } from './NumberInput';
import { useRulesI18n } from './useRulesI18n';

export interface ValueInputProps {
  operator: OperatorId;
  field: CatalogField | undefined;
  value: ConditionValue;
  onChange(value: ConditionValue): void;
  /** Number of the row ("2.1"), for accessible names. */
  n: string;
}

type Single = string | number | TodayRef | null;

interface ScalarProps {
  kind: ValueKind | undefined;
  field: CatalogField | undefined;
  value: unknown;
  onChange(value: Single): void;
  label: string;
  todayLabel: string;
}

function ScalarInput({ kind, field, value, onChange, label, todayLabel }: ScalarProps) {
  const { t } = useRulesI18n();
  const num = typeof value === 'number' ? value : null;
  switch (kind) {
    case 'number':
      return <NumberInput value={num} onChange={onChange} label={label} />;
    case 'money':
      return <NumberInput value={num} onChange={onChange} label={label} suffix="€" />;
    case 'date':
      return <DateValueInput value={value} onChange={onChange} label={label} todayLabel={todayLabel} todayText={t('condition.today')} />;
    case 'choice':
    case 'multi_choice':
      if (field?.options?.length) {
        const current = typeof value === 'string' ? value : '';
        const known = field.options.some((o) => o.value === current);
        return (
          <select className="input" aria-label={label} value={current} onChange={(e) => onChange(e.target.value)}>
            {!known && <option value={current}>{current === '' ? t('condition.pickOption') : `«${current}»`}</option>}
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        );
      }
      break;
  }
  return (
    <input type="text" className="input" aria-label={label} value={value === null || value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value)} />
  );
}

function OptionsInput({ field, value, onChange, n }: { field: CatalogField | undefined; value: ConditionValue; onChange(v: ConditionValue): void; n: string }) {
  const { t } = useRulesI18n();
  const chosen = Array.isArray(value) ? (value as Array<string | number>).map(String) : [];
  if (!field?.options?.length) {
    // A choice still being built has no options: values separated by commas.
    return (
      <input
        type="text"
        className="input"
        aria-label={t('condition.values', { n })}
        value={chosen.join(', ')}
        onChange={(e) => onChange(e.target.value.split(',').map((s) => s.trim()).filter(Boolean))}
      />
    );
  }
  const options = field.options;
  const toggle = (option: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(option);
    else next.delete(option);
    // Keep the field's option order, so the sentence reads as the form does.
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset className="rb-options">
      <legend className="visually-hidden">{t('condition.values', { n })}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function ValueInput({ operator, field, value, onChange, n }: ValueInputProps) {
  const { t, language } = useRulesI18n();
  const def = OPERATORS[operator];
  const kind = field?.kind;
  const label = t('condition.value', { n });
  const todayLabel = t('condition.todayOf', { n });
  switch (def.valueShape) {
    case 'none':
      return null;
    case 'integer':
    case 'years': {
      const unit = def.unit ? (language === 'en' ? def.unit.en : def.unit.it) : undefined;
      return <NumberInput value={typeof value === 'number' ? value : null} onChange={onChange} label={label} suffix={unit} integer={def.valueShape === 'integer'} min={0} />;
    }
    case 'list':
      return <OptionsInput field={field} value={value} onChange={onChange} n={n} />;
    case 'range': {
      const [from = null, to = null] = Array.isArray(value) ? (value as Single[]) : [];
      const set = (i: 0 | 1) => (v: Single) => {
        const next = [from, to];
        next[i] = v;
        onChange(next as ConditionValue);
      };
      return (
        <span className="rb-range">
          <ScalarInput kind={kind} field={field} value={from} onChange={set(0)} label={t('condition.from', { n })} todayLabel={`${todayLabel} (1)`} />
          <span aria-hidden="true">{t('condition.and')}</span>
          <ScalarInput kind={kind} field={field} value={to} onChange={set(1)} label={t('condition.to', { n })} todayLabel={`${todayLabel} (2)`} />
        </span>
      );
    }
    case 'single':
      return <ScalarInput kind={kind} field={field} value={value} onChange={onChange} label={label} todayLabel={todayLabel} />;
  }
}
