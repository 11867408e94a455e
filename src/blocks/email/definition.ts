import { fieldUi, messages } from '../shared/field';
import { helpProp, integrationKeyProp, labelOf, labelProp, placeholderProp, requiredProp } from '../shared/props';
import type { BaseFieldProps, BlockDefinition } from '../types';

export interface EmailProps extends BaseFieldProps {
  placeholder?: string;
  integrationKey?: string;
}

export const emailBlock: BlockDefinition<EmailProps> = {
  type: 'email',
  label: { it: 'Email', en: 'Email' },
  description: { it: 'Un indirizzo di posta elettronica (anche PEC)', en: 'An email address (certified email too)' },
  icon: 'M3 6h18v12H3zM3 6l9 7 9-7',
  group: 'fields',
  defaultProps: () => ({ label: 'Email', required: false, placeholder: 'nome@esempio.it' }),
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
    const label = labelOf(node.props, emailBlock.label.it);
    return {
      schema: {
        type: 'string',
        format: 'email',
        maxLength: 254,
        title: label,
        'x-messages': { required: m.required(label), format: m.email(label), maxLength: m.email(label) },
      },
      uiSchema: fieldUi(node.props, { 'ui:autocomplete': 'email' }),
      required: node.props.required === true,
    };
  },
};
