import { choiceFieldProperties, optionEnum, optionsSummary, sampleOptions, type ChoiceOption } from '../shared/choiceOptions';
import { fieldUi, messages } from '../shared/field';
import { integrationKeyProp, labelOf, str } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, JsonSchema } from '../types';

export type { ChoiceOption } from '../shared/choiceOptions';

export interface ChoiceProps extends BaseFieldProps {
  options: ChoiceOption[];
  /** Radio buttons (few options) or a drop-down menu (many). */
  display?: 'radio' | 'select';
  default?: string;
  integrationKey?: string;
}

export const choiceBlock: BlockDefinition<ChoiceProps> = {
  type: 'choice',
  label: { it: 'Scelta singola', en: 'Single choice' },
  description: { it: 'Una sola risposta fra più opzioni (pulsanti o menu)', en: 'One answer among several options (buttons or menu)' },
  icon: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z',
  group: 'fields',
  defaultProps: () => ({
    label: 'Scelta singola',
    required: false,
    display: 'radio',
    options: sampleOptions(2),
  }),
  propsSchema: {
    type: 'object',
    required: ['label', 'options'],
    properties: {
      ...choiceFieldProperties(),
      display: {
        type: 'string',
        title: 'Aspetto',
        enum: ['radio', 'select'],
        'x-enumNames': ['Pulsanti di scelta', 'Menu a tendina'],
      },
      default: { type: 'string', title: 'Opzione predefinita (valore)', maxLength: 100 },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, choiceBlock.label.it);
    const options = optionEnum(p.options);
    const schema: JsonSchema = {
      type: 'string',
      title: label,
      'x-messages': { required: m.required(label), enum: m.choose(label) },
    };
    const ui = fieldUi(p, { 'ui:widget': p.display === 'select' ? 'select' : 'radio' });
    if (options) {
      schema.enum = options.values;
      ui['ui:enumNames'] = options.names;
    }
    const def = str(p.default);
    if (def !== undefined && options?.values.includes(def)) schema.default = def;
    return { schema, uiSchema: ui, required: p.required === true };
  },
  summary: (node) => optionsSummary(node.props.options),
};
