import { fieldUi, stringFieldSchema } from '../shared/field';
import {
  helpProp,
  integrationKeyProp,
  labelOf,
  labelProp,
  maxLengthProp,
  minLengthProp,
  num,
  patternNameProp,
  patternProp,
  placeholderProp,
  requiredProp,
  str,
} from '../shared/props';
import type { BaseFieldProps, BlockDefinition } from '../types';

export interface TextProps extends BaseFieldProps {
  placeholder?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternName?: string;
  default?: string;
  integrationKey?: string;
}

/** Summary shared by text and textarea: "max 200 caratteri · 5 cifre (CAP)". */
export function lengthSummary(props: Record<string, unknown>): string {
  const parts: string[] = [];
  const min = num(props.minLength);
  const max = num(props.maxLength);
  if (min && max) parts.push(`da ${min} a ${max} caratteri`);
  else if (max) parts.push(`max ${max} caratteri`);
  else if (min) parts.push(`min ${min} caratteri`);
  const patternName = str(props.patternName);
  if (patternName) parts.push(patternName);
  else if (str(props.pattern)) parts.push('formato personalizzato');
  return parts.join(' · ');
}

export const textBlock: BlockDefinition<TextProps> = {
  type: 'text',
  label: { it: 'Testo breve', en: 'Short text' },
  description: { it: 'Una riga di testo: nome, numero di pratica, targa…', en: 'One line of text: name, file number, plate…' },
  icon: 'M5 7V5h14v2M12 5v14M9 19h6',
  group: 'fields',
  defaultProps: () => ({ label: 'Testo breve', required: false, maxLength: 200 }),
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
      pattern: patternProp,
      patternName: patternNameProp,
      default: { type: 'string', title: 'Valore predefinito', maxLength: 1000 },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const label = labelOf(node.props, textBlock.label.it);
    return {
      schema: stringFieldSchema(node.props, label, ctx),
      uiSchema: fieldUi(node.props),
      required: node.props.required === true,
    };
  },
  summary: (node) => lengthSummary(node.props),
};
