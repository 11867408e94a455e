/**
 * The visual formula builder: amounts of benefits and fees, ranking points.
 * A tree of nested blocks (numbers, fields, + − × ÷, al massimo / almeno,
 * rounding, bracket tables, se … allora … altrimenti, age from a date, number
 * of items of a list), each a labelled fieldset operable from the keyboard.
 * Controlled: `value` is the stored JsonLogic, `onChange` gets the new one on
 * every change. Shows the formula in words and, given sample answers, its result.
 */
import { useMemo } from 'react';
import { formulaFromJsonLogic, formulaToJsonLogic, type FormulaNode } from '../../rules';
import type { JsonLogicRule } from '../../model/types';
import { catalogIndex, type FieldCatalog } from './fieldCatalog';
import { FormulaContext, type FormulaContextValue } from './formulaContext';
import { fieldChoices } from './formulaEdits';
import { FormulaNodeEditor } from './FormulaNodeEditor';
import { LintMessages } from './LintMessages';
import { RuleSentence } from './RuleSentence';
import { SampleResult, type FormulaUnit } from './SampleResult';
import { UnsupportedRule } from './UnsupportedRule';
import { useControlledRule, type RuleCodec } from './useControlledRule';
import { useRulesI18n } from './useRulesI18n';
import './rules.css';

export interface FormulaBuilderProps {
  /** The stored formula; `undefined` when there is none yet. */
  value: JsonLogicRule | undefined;
  /** Called with the new formula on every change. */
  onChange(rule: JsonLogicRule | undefined): void;
  /** The fields of the service (`buildFieldCatalog(definition)`). */
  fields: FieldCatalog;
  /** What the formula computes ("Importo del buono", "Punti"); the title of the outer block. */
  label: string;
  /** Unit of the result, used for the sample result. */
  unit?: FormulaUnit;
  /** Sample answers (keyed by field key) to show the computed result with. */
  sample?: Record<string, unknown>;
  /** Reference instant of the sample computation ("oggi", ages); default now. */
  now?: Date;
  /** JSON pointer of the formula in the definition, for the lint messages. */
  path?: string;
}

/** The codec between stored formulas and the builder's tree, for the given fields. */
export function formulaCodec(fields: FieldCatalog): RuleCodec<FormulaNode> {
  const { kinds } = catalogIndex(fields);
  return {
    decode: (rule) => formulaFromJsonLogic(rule, kinds),
    empty: () => ({ type: 'number', value: 0 }),
    encode: (node) => formulaToJsonLogic(node),
  };
}

export function FormulaBuilder({ value, onChange, fields, label, unit, sample, now, path }: FormulaBuilderProps) {
  const { t } = useRulesI18n();
  const codec = useMemo(() => formulaCodec(fields), [fields]);
  const { model, update, reset } = useControlledRule(value, onChange, codec);
  const context = useMemo<FormulaContextValue>(() => ({ fields, choices: fieldChoices(fields), NodeEditor: FormulaNodeEditor }), [fields]);

  if (model === null && value !== undefined) {
    return (
      <div className="rb rb-formula">
        <div className="rb-label">{label}</div>
        <UnsupportedRule rule={value} fields={fields} replaceText={t('unsupported.replaceFormula')} onReplace={reset} />
      </div>
    );
  }
  const node = model ?? codec.empty();
  // Until the first edit there is no formula, only the starting block.
  const rule = value === undefined ? undefined : codec.encode(node);
  return (
    <div className="rb rb-formula">
      <FormulaContext.Provider value={context}>
        <FormulaNodeEditor node={node} onChange={update} legend={label} />
      </FormulaContext.Provider>
      <p className="rb-in-words">
        <span className="rb-in-words-label">{t('sentence')}:</span> <RuleSentence rule={rule} fields={fields} empty={t('noFormula')} />
      </p>
      {sample && <SampleResult rule={rule} sample={sample} unit={unit} now={now} />}
      <LintMessages rule={rule} fields={fields} path={path} />
    </div>
  );
}
