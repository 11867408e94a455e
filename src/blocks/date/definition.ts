import { fieldUi, messages } from '../shared/field';
import { helpProp, integrationKeyProp, labelOf, labelProp, requiredProp, str } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, JsonSchema } from '../types';
import { dateFormats } from './dateFormats';

export type DateRange = 'any' | 'past' | 'future';

export interface DateProps extends BaseFieldProps {
  /** Which dates are accepted: any, only up to today (birth), only from today (event). */
  range?: DateRange;
  default?: string;
  integrationKey?: string;
}

export const dateBlock: BlockDefinition<DateProps> = {
  type: 'date',
  label: { it: 'Data', en: 'Date' },
  description: { it: 'Un giorno del calendario: nascita, inizio, evento', en: 'A calendar day: birth, start, event' },
  icon: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4',
  group: 'fields',
  defaultProps: () => ({ label: 'Data', required: false, range: 'any' }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      range: {
        type: 'string',
        title: 'Date ammesse',
        enum: ['any', 'past', 'future'],
        'x-enumNames': ['Qualsiasi data', 'Fino a oggi (es. data di nascita)', 'Da oggi in poi (es. data dell’evento)'],
      },
      default: { type: 'string', title: 'Data predefinita', format: 'date' },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, dateBlock.label.it);
    const format = p.range === 'past' ? 'date-past' : p.range === 'future' ? 'date-future' : 'date';
    const schema: JsonSchema = {
      type: 'string',
      format,
      title: label,
      'x-messages': {
        required: m.required(label),
        format: format === 'date-past' ? m.datePast(label) : format === 'date-future' ? m.dateFuture(label) : m.date(label),
      },
    };
    const def = str(p.default);
    if (def !== undefined) schema.default = def;
    return { schema, uiSchema: fieldUi(p, { 'ui:widget': 'date' }), required: p.required === true };
  },
  summary: (node) => (node.props.range === 'past' ? 'fino a oggi' : node.props.range === 'future' ? 'da oggi in poi' : ''),
  formats: dateFormats,
};
