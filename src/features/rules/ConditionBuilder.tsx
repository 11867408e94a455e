/**
 * The visual condition builder: requirements, visibility of fields, sections
 * and steps, conditions inside formulas. Controlled: `value` is the stored
 * JsonLogic, `onChange` receives the new JsonLogic on every change (or
 * `undefined` when no condition is left). A rule it cannot show is displayed
 * read-only in words, with the option to replace it.
 */
import { useMemo } from 'react';
import { conditionFromJsonLogic, conditionToJsonLogic } from '../../rules';
import type { JsonLogicRule } from '../../model/types';
import { ConditionGroupEditor } from './ConditionGroupEditor';
import { fromDraft, newGroup, toDraft, type DraftGroup } from './conditionDraft';
import { catalogIndex, type FieldCatalog } from './fieldCatalog';
import { LintMessages } from './LintMessages';
import { RuleSentence } from './RuleSentence';
import { UnsupportedRule } from './UnsupportedRule';
import { useControlledRule, type RuleCodec } from './useControlledRule';
import { useRulesI18n } from './useRulesI18n';
import './rules.css';

export interface ConditionBuilderProps {
  /** The stored rule; `undefined` when there is none. */
  value: JsonLogicRule | undefined;
  /** Called with the new rule on every change; `undefined` when the last condition is removed. */
  onChange(rule: JsonLogicRule | undefined): void;
  /** The fields of the service (`buildFieldCatalog(definition)`). */
  fields: FieldCatalog;
  /** What the condition is for, shown as the builder's title ("Requisito", "Mostra questo campo se…"). */
  label: string;
  /** How deep groups nest below the top one: 1 or 2 (default 2). */
  maxDepth?: 1 | 2;
  /** JSON pointer of the rule in the definition, for the lint messages. */
  path?: string;
  /** Show the rule in words and its lint under the builder (default true; off inside a formula, which shows its own). */
  showSentence?: boolean;
}

/** The codec between stored rules and the builder's draft, for the given fields. */
export function conditionCodec(fields: FieldCatalog): RuleCodec<DraftGroup> {
  const { kinds } = catalogIndex(fields);
  return {
    decode: (rule) => {
      const group = conditionFromJsonLogic(rule, kinds);
      return group ? toDraft(group) : null;
    },
    empty: () => newGroup('all', []),
    encode: (draft) => {
      const group = fromDraft(draft);
      return group.items.length === 0 ? undefined : conditionToJsonLogic(group);
    },
  };
}

export function ConditionBuilder({ value, onChange, fields, label, maxDepth = 2, path, showSentence = true }: ConditionBuilderProps) {
  const { t } = useRulesI18n();
  const codec = useMemo(() => conditionCodec(fields), [fields]);
  const { model, update, reset } = useControlledRule(value, onChange, codec);
  const { byPath } = catalogIndex(fields);
  // Item fields of a repeatable group have no single value at the top level of the answers.
  const offered = useMemo(() => fields.filter((f) => !f.list), [fields]);

  if (model === null && value !== undefined) {
    return (
      <div className="rb rb-conditions">
        <div className="rb-label">{label}</div>
        <UnsupportedRule rule={value} fields={fields} replaceText={t('unsupported.replace')} onReplace={reset} />
      </div>
    );
  }
  const draft = model ?? codec.empty();
  const rule = codec.encode(draft);
  return (
    <div className="rb rb-conditions">
      <ConditionGroupEditor group={draft} onChange={update} depth={0} maxDepth={maxDepth} prefix="" name={label} fields={offered} byPath={byPath} />
      {showSentence && (
        <>
          <p className="rb-in-words">
            <span className="rb-in-words-label">{t('sentence')}:</span> <RuleSentence rule={rule} fields={fields} />
          </p>
          <LintMessages rule={rule} fields={fields} path={path} />
        </>
      )}
    </div>
  );
}
