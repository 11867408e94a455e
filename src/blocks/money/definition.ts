import { fieldUi, messages } from '../shared/field';
import { formatNumber } from '../shared/messages';
import { helpProp, integrationKeyProp, labelOf, labelProp, num, requiredProp } from '../shared/props';
import { rangeSummary } from '../number/definition';
import type { BaseFieldProps, BlockDefinition, JsonSchema } from '../types';

export interface MoneyProps extends BaseFieldProps {
  minimum?: number;
  maximum?: number;
  default?: number;
  integrationKey?: string;
}

export const moneyBlock: BlockDefinition<MoneyProps> = {
  type: 'money',
  label: { it: 'Importo (€)', en: 'Amount (€)' },
  description: { it: 'Una somma in euro, con i centesimi', en: 'An amount in euros, with cents' },
  icon: 'M18 7.5A6.5 6.5 0 1 0 18 16.5M4.5 10.5h9M4.5 13.5h9',
  group: 'fields',
  defaultProps: () => ({ label: 'Importo', required: false, minimum: 0 }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      minimum: { type: 'number', title: 'Importo minimo (€)', multipleOf: 0.01 },
      maximum: { type: 'number', title: 'Importo massimo (€)', multipleOf: 0.01 },
      default: { type: 'number', title: 'Importo predefinito (€)', multipleOf: 0.01 },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, 'Importo');
    const msgs: Record<string, string> = {
      required: m.required(label),
      type: m.number(label),
      multipleOf: m.cents(label),
    };
    const schema: JsonSchema = {
      type: 'number',
      title: label.includes('€') ? label : `${label} (€)`,
      multipleOf: 0.01,
      'x-messages': msgs,
    };
    const min = num(p.minimum);
    const max = num(p.maximum);
    if (min !== undefined) {
      schema.minimum = min;
      msgs.minimum = m.minimum(label, formatNumber(min, ctx.language, true));
    }
    if (max !== undefined) {
      schema.maximum = max;
      msgs.maximum = m.maximum(label, formatNumber(max, ctx.language, true));
    }
    const def = num(p.default);
    if (def !== undefined) schema.default = def;
    return { schema, uiSchema: fieldUi(p, { 'ui:options': { inputMode: 'decimal' } }), required: p.required === true };
  },
  summary: (node) =>
    rangeSummary(num(node.props.minimum) || undefined, num(node.props.maximum), (n) => formatNumber(n, 'it', true)),
};
