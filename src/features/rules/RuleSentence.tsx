/**
 * A rule in words, for canvas summaries, the inspector and under the
 * builders: "Valore ISEE è al massimo 16.500 € e Nucleo familiare ha almeno
 * 1 elemento". Any JsonLogic works, also rules the builders cannot edit.
 */
import { describeRule } from '../../rules';
import type { JsonLogicRule } from '../../model/types';
import { catalogIndex, type FieldCatalog } from './fieldCatalog';
import { useRulesI18n } from './useRulesI18n';

export interface RuleSentenceProps {
  /** The rule; `undefined` shows `empty`. */
  rule: JsonLogicRule | undefined;
  fields: FieldCatalog;
  /** Text when there is no rule (default: "Nessuna condizione: vale sempre"). */
  empty?: string;
  className?: string;
}

/** The sentence of a rule in the interface language, fields named by their labels. */
export function useRuleSentence(rule: JsonLogicRule | undefined, fields: FieldCatalog): string | undefined {
  const { language } = useRulesI18n();
  if (rule === undefined) return undefined;
  const { labels, kinds } = catalogIndex(fields);
  return describeRule(rule, labels, language, { fieldKinds: kinds });
}

export function RuleSentence({ rule, fields, empty, className }: RuleSentenceProps) {
  const { t } = useRulesI18n();
  const sentence = useRuleSentence(rule, fields);
  return <span className={['rb-sentence', className].filter(Boolean).join(' ')}>{sentence ?? empty ?? t('noRule')}</span>;
}
