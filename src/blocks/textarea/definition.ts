import { fieldUi, stringFieldSchema } from '../shared/field';
import {
  helpProp,
  labelOf,
  labelProp,
  maxLengthProp,
  minLengthProp,
  num,
  placeholderProp,
  requiredProp,
} from '../shared/props';
import { lengthSummary } from '../text/definition';
import type { BaseFieldProps, BlockDefinition } from '../types';

export interface TextareaProps extends BaseFieldProps {
  placeholder?: string;
  minLength?: number;
  maxLength?: number;
  /** Visible height in lines. */
  rows?: number;
  default?: string;
}

export const textareaBlock: BlockDefinition<TextareaProps> = {
  type: 'textarea',
  label: { it: 'Testo lungo', en: 'Long text' },
  description: { it: 'Più righe di testo: motivazione, descrizione, note', en: 'Several lines: reasons, description, notes' },
  icon: 'M4 6h16M4 10h16M4 14h16M4 18h10',
  group: 'fields',
  defaultProps: () => ({ label: 'Testo lungo', required: false, maxLength: 2000, rows: 5 }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      placeholder: placeholderProp,
      minLength: minLengthProp,
      maxLength: maxLengthProp,
      rows: { type: 'integer', title: 'Altezza (righe)', minimum: 2, maximum: 30 },
      default: { type: 'string', title: 'Valore predefinito', maxLength: 20000, 'x-widget': 'textarea' },
    },
  },
  technicalProps: [],
  compile(node, ctx) {
    const label = labelOf(node.props, textareaBlock.label.it);
    return {
      schema: stringFieldSchema(node.props, label, ctx),
      uiSchema: fieldUi(node.props, { 'ui:widget': 'textarea', 'ui:options': { rows: num(node.props.rows) ?? 5 } }),
      required: node.props.required === true,
    };
  },
  summary: (node) => lengthSummary(node.props),
};
