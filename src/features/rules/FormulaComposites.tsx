/**
 * The composite formula blocks: an operation between two terms, "al massimo"
 * / "almeno" (min/max), rounding, and "se … allora … altrimenti …".
 * Children are drawn by the context's node editor.
 */
import { conditionFromJsonLogic, conditionToJsonLogic, type ArithmeticOperator, type FormulaNode, type RoundingMode } from '../../rules';
import { ConditionBuilder } from './ConditionBuilder';
import { catalogIndex } from './fieldCatalog';
import { useFormulaContext } from './formulaContext';
import { NumberInput } from './NumberInput';
import { useRulesI18n } from './useRulesI18n';

type Of<T extends FormulaNode['type']> = Extract<FormulaNode, { type: T }>;
interface Props<N> {
  node: N;
  onChange(node: FormulaNode): void;
  /** The block's own legend, to name its controls ("Operazione (Secondo termine)"). */
  legend: string;
}

const OPERATORS: readonly ArithmeticOperator[] = ['+', '-', '*', '/'];
const MODES: readonly RoundingMode[] = ['half_up', 'down', 'up'];

export function BinaryEditor({ node, onChange, legend }: Props<Of<'binary'>>) {
  const { t } = useRulesI18n();
  const { NodeEditor } = useFormulaContext();
  return (
    <>
      <NodeEditor node={node.left} onChange={(left) => onChange({ ...node, left })} legend={t('formula.left')} />
      <select
        className="input rb-arith"
        aria-label={`${t('formula.operator')} (${legend})`}
        value={node.operator}
        onChange={(e) => onChange({ ...node, operator: e.target.value as ArithmeticOperator })}
      >
        {OPERATORS.map((op) => (
          <option key={op} value={op}>
            {t(`formula.operators.${op}`)}
          </option>
        ))}
      </select>
      <NodeEditor node={node.right} onChange={(right) => onChange({ ...node, right })} legend={t('formula.right')} />
    </>
  );
}

/** "Al massimo": the lowest of its values, i.e. a value capped by limits ("…, al massimo 400"); "almeno" the reverse. */
export function ExtremaEditor({ node, onChange }: Props<Extract<FormulaNode, { args: FormulaNode[] }>>) {
  const { t } = useRulesI18n();
  const { NodeEditor } = useFormulaContext();
  const other = t(node.type === 'min' ? 'formula.minOther' : 'formula.maxOther');
  const setArg = (i: number) => (arg: FormulaNode) => onChange({ ...node, args: node.args.map((a, k) => (k === i ? arg : a)) });
  return (
    <>
      {node.args.map((arg, i) => {
        const legend = i === 0 ? t('formula.minFirst') : other;
        return (
          <div key={i} className="rb-arg">
            <NodeEditor node={arg} onChange={setArg(i)} legend={node.args.length > 2 && i > 0 ? `${legend} ${i}` : legend} />
            {node.args.length > 2 && i > 0 && (
              <button
                type="button"
                className="btn btn-danger btn-small"
                onClick={() => onChange({ ...node, args: node.args.filter((_, k) => k !== i) })}
              >
                {t('formula.removeArg', { name: other, n: i })}
              </button>
            )}
          </div>
        );
      })}
      <div className="rb-actions">
        <button type="button" className="btn btn-small" onClick={() => onChange({ ...node, args: [...node.args, { type: 'number', value: 0 }] })}>
          <span aria-hidden="true">+</span> {t('formula.addArg')}
        </button>
      </div>
    </>
  );
}

export function RoundEditor({ node, onChange, legend }: Props<Of<'round'>>) {
  const { t } = useRulesI18n();
  const { NodeEditor } = useFormulaContext();
  return (
    <>
      <div className="rb-node-head">
        <label className="rb-inline-label">
          <span aria-hidden="true">{t('formula.roundMode')}</span>
          <select className="input" aria-label={`${t('formula.roundMode')} (${legend})`} value={node.mode} onChange={(e) => onChange({ ...node, mode: e.target.value as RoundingMode })}>
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`formula.roundModes.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="rb-inline-label">
          <NumberInput value={node.decimals} onChange={(decimals) => onChange({ ...node, decimals })} label={`${t('formula.decimals')} (${legend})`} integer min={0} max={10} />
          <span aria-hidden="true">{t('formula.decimals').toLowerCase()}</span>
        </span>
      </div>
      <NodeEditor node={node.arg} onChange={(arg) => onChange({ ...node, arg })} legend={t('formula.roundArg')} />
    </>
  );
}

export function IfEditor({ node, onChange }: Props<Of<'if'>>) {
  const { t } = useRulesI18n();
  const { NodeEditor, fields } = useFormulaContext();
  const { kinds } = catalogIndex(fields);
  // No condition yet is "no rule" to the builder (not `true`), so its unfinished rows survive the round trip.
  const value = node.condition.items.length === 0 ? undefined : conditionToJsonLogic(node.condition);
  return (
    <>
      <ConditionBuilder
        value={value}
        onChange={(rule) => {
          const condition = rule === undefined ? { kind: 'all' as const, items: [] } : conditionFromJsonLogic(rule, kinds);
          if (condition) onChange({ ...node, condition });
        }}
        fields={fields}
        label={t('formula.condition')}
        maxDepth={1}
        showSentence={false}
      />
      <NodeEditor node={node.then} onChange={(then) => onChange({ ...node, then })} legend={t('formula.then')} />
      <NodeEditor node={node.else} onChange={(otherwise) => onChange({ ...node, else: otherwise })} legend={t('formula.otherwise')} />
    </>
  );
}
