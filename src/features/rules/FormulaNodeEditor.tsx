/**
 * One block of a formula: a fieldset named by its role ("Primo termine"),
 * a menu of block types, and the block's own controls. Simple values (a
 * number, a field, an age, a count) fit on one line; composite blocks nest
 * their children as further blocks.
 */
import { BracketEditor } from './BracketEditor';
import { catalogIndex } from './fieldCatalog';
import { FieldSelect } from './FieldSelect';
import { BinaryEditor, ExtremaEditor, IfEditor, RoundEditor } from './FormulaComposites';
import { useFormulaContext, type NodeEditorProps } from './formulaContext';
import { FORMULA_TYPES, changeType, isTypeAvailable, relativeTo, type FormulaType } from './formulaEdits';
import { NumberInput } from './NumberInput';
import { useRulesI18n } from './useRulesI18n';

function Leaf({ node, onChange, legend }: NodeEditorProps) {
  const { t } = useRulesI18n();
  const { choices, fields } = useFormulaContext();
  const { labels: labelOf } = catalogIndex(fields);
  const named = (key: string) => `${t(key)} (${legend})`;
  switch (node.type) {
    case 'number':
      return <NumberInput value={node.value} onChange={(value) => onChange({ type: 'number', value })} label={named('formula.number')} />;
    case 'field':
      return <FieldSelect value={node.field} onChange={(field) => onChange({ type: 'field', field })} fields={choices.numeric} label={named('formula.field')} labelOf={labelOf} />;
    case 'age':
      return <FieldSelect value={node.field} onChange={(field) => onChange({ type: 'age', field })} fields={choices.dates} label={named('formula.dateField')} labelOf={labelOf} />;
    case 'count':
      return <FieldSelect value={node.field} onChange={(field) => onChange({ type: 'count', field })} fields={choices.lists} label={named('formula.listField')} labelOf={labelOf} />;
    case 'sum': {
      const items = choices.itemNumbers(node.field);
      const pickList = (field: string) => {
        const first = choices.itemNumbers(field)[0];
        onChange({ type: 'sum', field, property: first ? relativeTo(field, first.path) : '' });
      };
      return (
        <>
          <FieldSelect value={node.field} onChange={pickList} fields={choices.sumLists} label={named('formula.listField')} labelOf={labelOf} />
          <select className="input" aria-label={named('formula.property')} value={node.property} onChange={(e) => onChange({ ...node, property: e.target.value })}>
            <option value="">{t('formula.propertyNone')}</option>
            {items.map((f) => (
              <option key={f.path} value={relativeTo(node.field, f.path)}>
                {f.label}
              </option>
            ))}
            {node.property !== '' && !items.some((f) => relativeTo(node.field, f.path) === node.property) && (
              <option value={node.property}>{t('condition.missingField', { key: node.property })}</option>
            )}
          </select>
        </>
      );
    }
    default:
      return null;
  }
}

function Body({ node, onChange, legend }: NodeEditorProps) {
  switch (node.type) {
    case 'binary':
      return <BinaryEditor node={node} onChange={onChange} legend={legend} />;
    case 'min':
    case 'max':
      return <ExtremaEditor node={node} onChange={onChange} legend={legend} />;
    case 'round':
      return <RoundEditor node={node} onChange={onChange} legend={legend} />;
    case 'if':
      return <IfEditor node={node} onChange={onChange} legend={legend} />;
    case 'bracket':
      return <BracketEditor node={node} onChange={onChange} legend={legend} />;
    default:
      return null;
  }
}

const LEAVES = new Set<FormulaType>(['number', 'field', 'age', 'count', 'sum']);

export function FormulaNodeEditor({ node, onChange, legend }: NodeEditorProps) {
  const { t } = useRulesI18n();
  const { choices } = useFormulaContext();
  const leaf = LEAVES.has(node.type);
  return (
    <fieldset className={`rb-node${leaf ? ' rb-node-leaf' : ''}`} data-type={node.type}>
      <legend>{legend}</legend>
      <div className="rb-node-head">
        <select
          className="input rb-type"
          aria-label={`${t('formula.type')} (${legend})`}
          value={node.type}
          onChange={(e) => onChange(changeType(node, e.target.value as FormulaType, choices))}
        >
          {FORMULA_TYPES.map((type) => {
            const available = isTypeAvailable(type, choices);
            return (
              <option key={type} value={type} disabled={!available}>
                {t(`formula.types.${type}`)}
                {available ? '' : ` — ${t('formula.noField')}`}
              </option>
            );
          })}
        </select>
        {leaf && <Leaf node={node} onChange={onChange} legend={legend} />}
      </div>
      {!leaf && <Body node={node} onChange={onChange} legend={legend} />}
    </fieldset>
  );
}
