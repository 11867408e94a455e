import { INFO_FIELD } from '../shared/uiFields';
import { str } from '../shared/props';
import type { BlockDefinition } from '../types';
import { markdownExcerpt } from './markdownExcerpt';

export interface InfoTextProps extends Record<string, unknown> {
  /** Markdown text. */
  content: string;
  /** Visual tone: neutral information or a warning. */
  variant?: 'info' | 'warning';
}

export const infoTextBlock: BlockDefinition<InfoTextProps> = {
  type: 'info_text',
  label: { it: 'Testo informativo', en: 'Information text' },
  description: { it: 'Un testo da leggere, senza domande (istruzioni, avvisi)', en: 'Text to read, no question (instructions, notices)' },
  icon: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 11v6M12 7.5v.5',
  group: 'layout',
  defaultProps: () => ({ content: 'Scrivi qui le informazioni per il cittadino.', variant: 'info' }),
  propsSchema: {
    type: 'object',
    required: ['content'],
    properties: {
      content: {
        type: 'string',
        title: 'Testo',
        description: 'Markdown: **grassetto**, elenchi, [collegamenti](https://…)',
        maxLength: 20000,
        'x-widget': 'markdown',
      },
      variant: {
        type: 'string',
        title: 'Stile',
        enum: ['info', 'warning'],
        'x-enumNames': ['Informazione', 'Avviso'],
      },
    },
  },
  technicalProps: [],
  compile(node) {
    return {
      // No answer: the compiler gives the node a display-only slot.
      uiSchema: {
        'ui:field': INFO_FIELD,
        'ui:options': { markdown: str(node.props.content) ?? '', variant: node.props.variant === 'warning' ? 'warning' : 'info' },
      },
      required: false,
    };
  },
  summary: (node) => markdownExcerpt(str(node.props.content) ?? ''),
};
