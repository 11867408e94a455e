/**
 * A one-line answer checked against a named format (email, phone): the same
 * props, inspector and compiled shape, differing only in the format, its
 * length limit, the message and the input hints. One factory so that a fix to
 * one such field (a message on maxLength, a new shared prop) reaches all.
 */
import { fieldUi, messages } from './field';
import type { MessageTemplates } from './messages';
import { helpProp, integrationKeyProp, labelOf, labelProp, placeholderProp, requiredProp } from './props';
import type { BaseFieldProps, BlockDefinition, UiSchema } from '../types';

export interface FormattedTextProps extends BaseFieldProps {
  placeholder?: string;
  integrationKey?: string;
}

export interface FormattedTextSpec
  extends Pick<BlockDefinition, 'type' | 'label' | 'description' | 'icon' | 'formats'> {
  /** Ajv format name in the compiled schema. */
  format: string;
  /** Longest answer accepted; a longer one gets the format's message too (it is not a valid value). */
  maxLength: number;
  /** Example shown in an empty new field. */
  placeholder: string;
  /** The citizen's message when the answer does not match the format. */
  message(m: MessageTemplates, label: string): string;
  /** Input hints for the citizen's browser (autocomplete, keyboard); fresh on each call, as the compiler may decorate them. */
  ui(): UiSchema;
}

export function formattedTextBlock(spec: FormattedTextSpec): BlockDefinition<FormattedTextProps> {
  const { format, maxLength, placeholder, message, ui, ...identity } = spec;
  return {
    ...identity,
    group: 'fields',
    defaultProps: () => ({ label: spec.label.it, required: false, placeholder }),
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
      const label = labelOf(node.props, spec.label.it);
      const m = messages(ctx);
      const invalid = message(m, label);
      return {
        schema: {
          type: 'string',
          format,
          maxLength,
          title: label,
          'x-messages': { required: m.required(label), format: invalid, maxLength: invalid },
        },
        uiSchema: fieldUi(node.props, ui()),
        required: node.props.required === true,
      };
    },
  };
}
