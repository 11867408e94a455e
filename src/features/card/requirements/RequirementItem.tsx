/**
 * One requirement: its name and message (editable, both required by the
 * format), and its rule, built with the visual condition builder (loaded on
 * demand) and shown back in words; the JsonLogic is shown on request.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCatalog } from '../../../compile/fieldCatalog';
import type { Requirement } from '../../../model/types';
import { describeRule, type FieldLabels } from '../../../rules';
import { Icon } from '../../catalog/ui/Icon';
import { CardTextField } from '../fields/CardTextField';
import { useCardActions } from '../session/CardSession';
import { RequirementLimits } from './requirementLimits';

const ConditionBuilder = lazy(() => import('../../rules/ConditionBuilder').then((m) => ({ default: m.ConditionBuilder })));

export interface RequirementItemProps {
  requirement: Requirement;
  index: number;
  count: number;
  labels: FieldLabels;
  /** The fields a rule may name (see buildFieldCatalog). */
  fields: FieldCatalog;
}

export function RequirementItem({ requirement, index, count, labels, fields }: RequirementItemProps) {
  const { t, i18n } = useTranslation('card');
  const { dispatch, commitTyping } = useCardActions();
  const { id, name, message, rule } = requirement;
  const update = (changes: Partial<Requirement>, field: string) =>
    dispatch({ name: 'updateRequirement', args: { id, changes } }, { coalesceKey: `requirement:${id}:${field}` });
  const sentence = rule === true ? t('requirements.always') : describeRule(rule, labels, i18n.language === 'en' ? 'en' : 'it');

  return (
    <li className="card-panel requirement" aria-labelledby={`req-${id}-h`}>
      <div className="requirement-head">
        <h2 id={`req-${id}-h`} className="requirement-number">
          {t('requirements.number', { n: index + 1 })}
        </h2>
        <div className="requirement-tools">
          <button
            type="button"
            className="btn btn-icon"
            disabled={index === 0}
            aria-label={t('requirements.moveUp', { name })}
            onClick={() => dispatch({ name: 'moveRequirement', args: { id, index: index - 1 } })}
          >
            <Icon name="up" size={16} />
          </button>
          <button
            type="button"
            className="btn btn-icon"
            disabled={index === count - 1}
            aria-label={t('requirements.moveDown', { name })}
            onClick={() => dispatch({ name: 'moveRequirement', args: { id, index: index + 1 } })}
          >
            <Icon name="down" size={16} />
          </button>
          <button
            type="button"
            className="btn btn-icon btn-icon-danger"
            aria-label={t('requirements.remove', { name })}
            onClick={() => dispatch({ name: 'removeRequirement', args: { id } })}
          >
            <Icon name="trash" size={16} />
          </button>
        </div>
      </div>
      <CardTextField
        id={`req-${id}-name`}
        label={t('requirements.name')}
        value={name}
        required
        maxLength={RequirementLimits.name}
        onCommit={(value) => update({ name: value }, 'name')}
        onBlur={commitTyping}
      />
      <CardTextField
        id={`req-${id}-message`}
        label={t('requirements.message')}
        value={message}
        required
        rows={2}
        maxLength={RequirementLimits.message}
        onCommit={(value) => update({ message: value }, 'message')}
        onBlur={commitTyping}
      />
      <div className="requirement-rule">
        <Suspense
          fallback={
            <>
              <p className="field-label">{t('requirements.rule')}</p>
              <p className="rule-sentence">{sentence}</p>
            </>
          }
        >
          <ConditionBuilder
            label={t('requirements.ruleOf', { name })}
            value={rule === true ? undefined : rule}
            // No condition left means "always met": the format stores that as `true`.
            onChange={(next) => dispatch({ name: 'updateRequirement', args: { id, changes: { rule: next ?? true } } })}
            fields={fields}
            path={`/requirements/${index}/rule`}
          />
        </Suspense>
        <p className="field-hint">{t('requirements.ruleHint')}</p>
        <details>
          <summary>{t('requirements.ruleJson')}</summary>
          <pre className="code-block">{JSON.stringify(rule, null, 2)}</pre>
        </details>
      </div>
    </li>
  );
}
