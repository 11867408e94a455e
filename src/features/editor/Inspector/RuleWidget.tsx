/**
 * A formula or condition prop with no registered builder: the rule in words,
 * read-only. The value is kept untouched whatever it is.
 */
import { useTranslation } from 'react-i18next';
import { describeRule } from '../../../rules';
import type { JsonLogicRule } from '../../../model/types';
import { useEditorStores } from '../../../store/EditorStoresProvider';
import { labelsOf } from '../visibilityText';
import type { FieldProps } from './fieldTypes';

export function RuleWidget({ id, label, value }: FieldProps) {
  const { t, i18n } = useTranslation('editor');
  const { document: doc } = useEditorStores();
  const text =
    value === undefined ? t('inspector.noRule') : describeRule(value as JsonLogicRule, labelsOf(doc.getState().definition), i18n.language);
  return (
    <div className="field">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <p className="rule-text" aria-labelledby={`${id}-label`}>
        {text}
      </p>
      <span className="field-hint">{t('inspector.ruleLater')}</span>
    </div>
  );
}
