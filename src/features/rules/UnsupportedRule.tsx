/**
 * A stored rule the visual builder cannot show (written by hand, or by a
 * newer version): read-only in words, with its lint, and a way to start over.
 */
import type { JsonLogicRule } from '../../model/types';
import type { FieldCatalog } from './fieldCatalog';
import { LintMessages } from './LintMessages';
import { RuleSentence } from './RuleSentence';
import { useRulesI18n } from './useRulesI18n';

export interface UnsupportedRuleProps {
  rule: JsonLogicRule;
  fields: FieldCatalog;
  /** Text of the button that discards the rule for a new one. */
  replaceText: string;
  onReplace(): void;
}

export function UnsupportedRule({ rule, fields, replaceText, onReplace }: UnsupportedRuleProps) {
  const { t } = useRulesI18n();
  return (
    <div className="notice notice-warning rb-unsupported">
      <p className="rb-unsupported-title">{t('unsupported.title')}</p>
      <p>
        <RuleSentence rule={rule} fields={fields} className="rb-sentence-readonly" />
      </p>
      <LintMessages rule={rule} fields={fields} />
      <button type="button" className="btn btn-small" onClick={onReplace}>
        {replaceText}
      </button>
    </div>
  );
}
