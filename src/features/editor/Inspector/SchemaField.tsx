/** Draws the control that fits one property's schema (see `widgetKind`). */
import { useTranslation } from 'react-i18next';
import { widgetKind } from './schemaKinds';
import { BooleanWidget, NumberWidget, SelectWidget, TextWidget } from './ScalarWidgets';
import { CheckboxesWidget } from './CheckboxesWidget';
import { GroupWidget } from './GroupWidget';
import { ListWidget } from './ListWidget';
import { PatternWidget } from './PatternWidget';
import { RuleWidget } from './RuleWidget';
import { FieldKeyWidget } from './FieldKeyWidget';
import { customWidget } from './customWidgets';
import type { FieldProps } from './fieldTypes';

export function SchemaField(props: FieldProps) {
  const { t } = useTranslation('editor');
  const Custom = customWidget((props.schema as { 'x-widget'?: unknown })['x-widget']);
  if (Custom) return <Custom {...props} />;
  switch (widgetKind(props.schema)) {
    case 'text':
      return <TextWidget {...props} />;
    case 'textarea':
      return <TextWidget {...props} multiline />;
    case 'number':
      return <NumberWidget {...props} />;
    case 'boolean':
      return <BooleanWidget {...props} />;
    case 'select':
      return <SelectWidget {...props} />;
    case 'list':
      return <ListWidget {...props} />;
    case 'checkboxes':
      return <CheckboxesWidget {...props} />;
    case 'group':
      return <GroupWidget {...props} />;
    case 'pattern':
      return <PatternWidget {...props} />;
    case 'rule':
      return <RuleWidget {...props} />;
    case 'date':
      return <TextWidget {...props} inputType="date" />;
    case 'time':
      return <TextWidget {...props} inputType="time" />;
    case 'field':
      return <FieldKeyWidget {...props} />;
    default:
      return (
        <div className="field">
          <span className="field-label">{props.label}</span>
          <span className="field-hint">{t('inspector.unsupported')}</span>
        </div>
      );
  }
}
