/**
 * The problems lint finds in a rule (a field that no longer exists, a date
 * compared with a number…), shown next to where the rule is edited.
 */
import { lintRule } from '../../rules';
import type { JsonLogicRule } from '../../model/types';
import { catalogIndex, type FieldCatalog } from './fieldCatalog';
import { useRulesI18n } from './useRulesI18n';

export interface LintMessagesProps {
  rule: JsonLogicRule | undefined;
  fields: FieldCatalog;
  /** JSON pointer of the rule in the definition (`/requirements/0/rule`); issues point inside it. */
  path?: string;
  /** Repeatable groups whose item fields the rule may name directly (visibility inside a group). */
  scopes?: readonly string[];
}

export function LintMessages({ rule, fields, path = '', scopes }: LintMessagesProps) {
  const { t } = useRulesI18n();
  if (rule === undefined) return null;
  const issues = lintRule(rule, catalogIndex(fields).fieldMap, path, scopes ? { scopes } : {});
  if (issues.length === 0) return null;
  return (
    <ul className="rb-lint" aria-label={t('lint.label')}>
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${i}`} className={`rb-lint-${issue.severity}`} data-path={issue.path}>
          <span className={`badge rb-badge-${issue.severity}`}>{t(`lint.${issue.severity}`)}</span> {issue.message}
        </li>
      ))}
    </ul>
  );
}
