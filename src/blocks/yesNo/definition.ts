import { fieldUi, messages } from '../shared/field';
import { helpProp, integrationKeyProp, labelOf, labelProp, requiredProp } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, JsonSchema } from '../types';

export interface YesNoProps extends BaseFieldProps {
  default?: boolean;
  integrationKey?: string;
}

export const yesNoBlock: BlockDefinition<YesNoProps> = {
  type: 'yes_no',
  label: { it: 'Sì/No', en: 'Yes/No' },
  description: { it: 'Una domanda a cui si risponde sì o no', en: 'A question answered yes or no' },
  icon: 'M2 12a5 5 0 0 1 5-5h10a5 5 0 0 1 0 10H7a5 5 0 0 1-5-5zM16 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
  group: 'fields',
  defaultProps: () => ({ label: 'Sì/No', required: false }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: { ...requiredProp, description: 'Il cittadino deve rispondere (sì o no)' },
      default: { type: 'boolean', title: 'Risposta predefinita' },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, yesNoBlock.label.it);
    // No oneOf/const here: rjsf would take the first constant as a default answer.
    const schema: JsonSchema = {
      type: 'boolean',
      title: label,
      'x-messages': { required: m.required(label), type: m.choose(label) },
    };
    if (typeof p.default === 'boolean') schema.default = p.default;
    const ui = fieldUi(p, { 'ui:widget': 'radio', 'ui:enumNames': [m.yes, m.no], 'ui:options': { inline: true } });
    return { schema, uiSchema: ui, required: p.required === true };
  },
};
