import { fieldUi, messages } from '../shared/field';
import { formatNumber } from '../shared/messages';
import { helpProp, integrationKeyProp, labelOf, labelProp, num, placeholderProp, requiredProp, str } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, JsonSchema } from '../types';

export interface NumberProps extends BaseFieldProps {
  placeholder?: string;
  minimum?: number;
  maximum?: number;
  /** Whole numbers only (people, rooms, years). */
  integer?: boolean;
  /** Unit shown after the label ("anni", "m²"). */
  unit?: string;
  default?: number;
  integrationKey?: string;
}

/** "da 0 a 10", "min 1", "max 99" — shared with money. */
export function rangeSummary(min: number | undefined, max: number | undefined, show: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return `da ${show(min)} a ${show(max)}`;
  if (min !== undefined) return `min ${show(min)}`;
  if (max !== undefined) return `max ${show(max)}`;
  return '';
}

export const numberBlock: BlockDefinition<NumberProps> = {
  type: 'number',
  label: { it: 'Numero', en: 'Number' },
  description: { it: 'Un numero, con minimo e massimo: età, persone, metri quadri', en: 'A number with min and max: age, people, square metres' },
  icon: 'M10 4 8 20M16 4l-2 16M5 9h15M4 15h15',
  group: 'fields',
  defaultProps: () => ({ label: 'Numero', required: false, integer: true }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      placeholder: placeholderProp,
      minimum: { type: 'number', title: 'Valore minimo' },
      maximum: { type: 'number', title: 'Valore massimo' },
      integer: { type: 'boolean', title: 'Solo numeri interi' },
      unit: { type: 'string', title: 'Unità di misura', description: 'Es. «anni», «m²»', maxLength: 20 },
      default: { type: 'number', title: 'Valore predefinito' },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, numberBlock.label.it);
    const unit = str(p.unit);
    const integer = p.integer === true;
    const msgs: Record<string, string> = {
      required: m.required(label),
      type: integer ? m.integer(label) : m.number(label),
    };
    const schema: JsonSchema = {
      type: integer ? 'integer' : 'number',
      title: unit ? `${label} (${unit})` : label,
      'x-messages': msgs,
    };
    const min = num(p.minimum);
    const max = num(p.maximum);
    if (min !== undefined) {
      schema.minimum = min;
      msgs.minimum = m.minimum(label, formatNumber(min, ctx.language));
    }
    if (max !== undefined) {
      schema.maximum = max;
      msgs.maximum = m.maximum(label, formatNumber(max, ctx.language));
    }
    const def = num(p.default);
    if (def !== undefined) schema.default = def;
    return { schema, uiSchema: fieldUi(p), required: p.required === true };
  },
  summary(node) {
    const range = rangeSummary(num(node.props.minimum), num(node.props.maximum), (n) => formatNumber(n, 'it'));
    const unit = str(node.props.unit);
    return [range, unit].filter(Boolean).join(' ');
  },
};
