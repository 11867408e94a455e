/** Draws the control that fits one property's schema (see `widgetKind`). */
import { useTranslation } from 'react-i18next';
import { widgetKind } from './schemaKinds';
import { BooleanWidget, NumberWidget, SelectWidget, TextWidget } from './ScalarWidgets';
import { CheckboxesWidget } from './CheckboxesWidget';
import { GroupWidget } from './GroupWidget';
import { ListWidget } from './ListWidget';
import { PatternWidget } from './PatternWidget';
import type { FieldProps } from './fieldTypes';

export function SchemaField(props: FieldProps) {
  const { t } = useTranslation('editor');
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
      return (
        <div className="field">
          <span className="field-label">{props.label}</span>
          <span className="field-hint">{t('inspector.ruleLater')}</span>
        </div>
      );
    default:
      return (
        <div className="field">
          <span className="field-label">{props.label}</span>
          <span className="field-hint">{t('inspector.unsupported')}</span>
        </div>
      );
  }
}
