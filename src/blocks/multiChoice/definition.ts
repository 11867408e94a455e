import { choiceFieldProperties, optionEnum, optionsSummary, sampleOptions, type ChoiceOption } from '../shared/choiceOptions';
import { fieldUi, messages } from '../shared/field';
import { integrationKeyProp, labelOf, num, requiredProp } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, JsonSchema } from '../types';

export interface MultiChoiceProps extends BaseFieldProps {
  options: ChoiceOption[];
  /** At most this many options may be ticked. */
  maxChoices?: number;
  default?: string[];
  integrationKey?: string;
}

export const multiChoiceBlock: BlockDefinition<MultiChoiceProps> = {
  type: 'multi_choice',
  label: { it: 'Scelta multipla', en: 'Multiple choice' },
  description: { it: 'Una o più risposte fra più opzioni (caselle)', en: 'One or more answers among several options (checkboxes)' },
  icon: 'M3 4.5h5v5H3zM4.5 7l1 1 2-2M3 14.5h5v5H3zM11 7h10M11 17h10',
  group: 'fields',
  defaultProps: () => ({
    label: 'Scelta multipla',
    required: false,
    options: sampleOptions(3),
  }),
  propsSchema: {
    type: 'object',
    required: ['label', 'options'],
    properties: {
      ...choiceFieldProperties({ ...requiredProp, description: 'Il cittadino deve scegliere almeno un’opzione' }),
      maxChoices: { type: 'integer', title: 'Numero massimo di scelte', minimum: 1, maximum: 200 },
      default: {
        type: 'array',
        title: 'Opzioni predefinite (valori)',
        uniqueItems: true,
        items: { type: 'string', maxLength: 100 },
      },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, multiChoiceBlock.label.it);
    const options = optionEnum(p.options);
    const required = p.required === true;
    const msgs: Record<string, string> = { required: m.required(label), enum: m.choose(label) };
    const items: JsonSchema = { type: 'string', 'x-messages': msgs };
    if (options) items.enum = options.values;
    const schema: JsonSchema = { type: 'array', title: label, uniqueItems: true, items, 'x-messages': msgs };
    // An empty array is "present": a required multi-choice needs minItems to bite.
    if (required) {
      schema.minItems = 1;
      msgs.minItems = m.minChoices(label, 1);
    }
    const max = num(p.maxChoices);
    if (max !== undefined) {
      schema.maxItems = max;
      msgs.maxItems = m.maxChoices(label, max);
    }
    if (Array.isArray(p.default)) {
      const valid = new Set(options?.values);
      schema.default = p.default.filter((v) => typeof v === 'string' && valid.has(v));
    }
    const ui = fieldUi(p, { 'ui:widget': 'checkboxes' });
    if (options) ui['ui:enumNames'] = options.names;
    return { schema, uiSchema: ui, required };
  },
  summary(node) {
    const max = num(node.props.maxChoices);
    const base = optionsSummary(node.props.options);
    return max ? `${base} · max ${max} scelte` : base;
  },
};
