import { fieldUi, messages } from '../shared/field';
import { helpProp, integrationKeyProp, labelOf, labelProp, placeholderProp, requiredProp } from '../shared/props';
import type { BaseFieldProps, BlockDefinition } from '../types';
import { phoneFormats } from './phoneFormat';

export interface PhoneProps extends BaseFieldProps {
  placeholder?: string;
  integrationKey?: string;
}

export const phoneBlock: BlockDefinition<PhoneProps> = {
  type: 'phone',
  label: { it: 'Telefono', en: 'Phone' },
  description: { it: 'Un numero di telefono fisso o cellulare', en: 'A landline or mobile number' },
  icon: 'M7 3h10v18H7zM11 18h2',
  group: 'fields',
  defaultProps: () => ({ label: 'Telefono', required: false, placeholder: '333 123 4567' }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      placeholder: placeholderProp,
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const m = messages(ctx);
    const label = labelOf(node.props, phoneBlock.label.it);
    return {
      schema: {
        type: 'string',
        format: 'phone',
        maxLength: 30,
        title: label,
        'x-messages': { required: m.required(label), format: m.phone(label), maxLength: m.phone(label) },
      },
      uiSchema: fieldUi(node.props, { 'ui:options': { inputType: 'tel' }, 'ui:autocomplete': 'tel' }),
      required: node.props.required === true,
    };
  },
  formats: phoneFormats,
};
