/**
 * A bracket table ("fasce"): a value compared with ascending bounds, the
 * first bound it does not exceed gives the result; beyond the last, the
 * "oltre" result. ISEE fee tables, amounts by household size.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormulaNode } from '../../rules';
import { catalogIndex } from './fieldCatalog';
import { useFormulaContext } from './formulaContext';
import { nextBracketStep } from './formulaEdits';
import { NumberInput } from './NumberInput';
import { useRulesI18n } from './useRulesI18n';

type Bracket = Extract<FormulaNode, { type: 'bracket' }>;

export interface BracketEditorProps {
  node: Bracket;
  onChange(node: FormulaNode): void;
  /** The block's own legend, to name its table. */
  legend: string;
}

export function BracketEditor({ node, onChange, legend }: BracketEditorProps) {
  const { t } = useRulesI18n();
  const { NodeEditor, fields } = useFormulaContext();
  const tableRef = useRef<HTMLDivElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-bracket="${focusRow}"] input, [data-bracket="${focusRow}"] button`)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  // Bounds of a euro amount read as amounts.
  const money = node.arg.type === 'field' && catalogIndex(fields).kinds(node.arg.field) === 'money';
  const setSteps = (steps: Bracket['steps']) => onChange({ ...node, steps });
  const setStep = (i: number, patch: Partial<Bracket['steps'][number]>) => setSteps(node.steps.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const add = () => {
    setSteps([...node.steps, nextBracketStep(node.steps)]);
    setFocusRow(node.steps.length);
  };
  const remove = (i: number) => {
    setSteps(node.steps.filter((_, k) => k !== i));
    setFocusRow(Math.max(0, i - 1));
  };

  return (
    <>
      <NodeEditor node={node.arg} onChange={(arg) => onChange({ ...node, arg })} legend={t('formula.bracketArg')} />
      <div className="rb-brackets" role="group" aria-label={`${t('formula.brackets')} (${legend})`} ref={tableRef}>
        {node.steps.map((step, i) => (
          <div className="rb-bracket" key={i} data-bracket={i}>
            <span className="rb-bracket-bound">
              <span aria-hidden="true">{t('formula.upToShort')}</span>
              <NumberInput value={step.upTo} onChange={(upTo) => setStep(i, { upTo })} label={t('formula.upTo', { n: i + 1 })} suffix={money ? '€' : undefined} />
            </span>
            <span className="rb-arrow" aria-hidden="true">
              →
            </span>
            <NodeEditor node={step.result} onChange={(result) => setStep(i, { result })} legend={t('formula.result', { n: i + 1 })} />
            {node.steps.length > 1 && (
              <button type="button" className="btn btn-icon btn-small" aria-label={t('formula.removeBracket', { n: i + 1 })} title={t('formula.removeBracket', { n: i + 1 })} onClick={() => remove(i)}>
                <span aria-hidden="true">✕</span>
              </button>
            )}
          </div>
        ))}
        <div className="rb-bracket">
          <span className="rb-bracket-bound" aria-hidden="true">
            {t('formula.beyondShort')}
          </span>
          <span className="rb-arrow" aria-hidden="true">
            →
          </span>
          <NodeEditor node={node.otherwise} onChange={(otherwise) => onChange({ ...node, otherwise })} legend={t('formula.beyond')} />
        </div>
        <div className="rb-actions">
          <button type="button" className="btn btn-small" onClick={add}>
            <span aria-hidden="true">+</span> {t('formula.addBracket')}
          </button>
        </div>
      </div>
    </>
  );
}
