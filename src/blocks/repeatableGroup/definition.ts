import { messages } from '../shared/field';
import { helpProp, labelOf, labelProp, num, str } from '../shared/props';
import type { BlockDefinition, JsonSchema } from '../types';

export interface RepeatableGroupProps extends Record<string, unknown> {
  label: string;
  /** Name of one entry, e.g. "Componente del nucleo". */
  itemLabel: string;
  help?: string;
  minItems?: number;
  maxItems?: number;
}

/**
 * Naive Italian plural of the first word, for summaries only
 * ("Componente del nucleo" → "componenti", "Figlio" → "figli", "Casa" → "case").
 */
export function pluralFirstWord(label: string): string {
  const word = (label.trim().split(/\s+/)[0] ?? '').toLowerCase();
  if (!word) return 'elementi';
  if (word.endsWith('io')) return word.slice(0, -1);
  if (word.endsWith('ca') || word.endsWith('ga')) return `${word.slice(0, -1)}he`;
  if (word.endsWith('e') || word.endsWith('o')) return `${word.slice(0, -1)}i`;
  if (word.endsWith('a')) return `${word.slice(0, -1)}e`;
  return word;
}

export const repeatableGroupBlock: BlockDefinition<RepeatableGroupProps> = {
  type: 'repeatable_group',
  label: { it: 'Gruppo ripetibile', en: 'Repeatable group' },
  description: { it: 'Gli stessi campi ripetuti per più persone o cose (es. i familiari)', en: 'The same fields repeated for several people or things' },
  icon: 'M8 3h13v13H8zM4 8v13h13M14.5 6.5v6M11.5 9.5h6',
  group: 'layout',
  container: true,
  defaultProps: () => ({ label: 'Gruppo ripetibile', itemLabel: 'Elemento', minItems: 0, maxItems: 10 }),
  propsSchema: {
    type: 'object',
    required: ['label', 'itemLabel'],
    properties: {
      label: { ...labelProp, title: 'Titolo del gruppo' },
      itemLabel: { type: 'string', title: 'Nome di un elemento', description: 'Es. «Componente del nucleo»', minLength: 1, maxLength: 100 },
      help: helpProp,
      minItems: { type: 'integer', title: 'Numero minimo', minimum: 0, maximum: 100 },
      maxItems: { type: 'integer', title: 'Numero massimo', minimum: 1, maximum: 100 },
    },
  },
  technicalProps: [],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, repeatableGroupBlock.label.it);
    const itemLabel = str(p.itemLabel) ?? label;
    const item = ctx.compileChildren(node.children ?? []);
    const msgs: Record<string, string> = { required: m.minRows(itemLabel, 1) };
    const schema: JsonSchema = { type: 'array', title: label, items: { ...item.schema, title: itemLabel }, 'x-messages': msgs };
    const min = num(p.minItems);
    const max = num(p.maxItems);
    if (min !== undefined && min > 0) {
      schema.minItems = min;
      msgs.minItems = m.minRows(itemLabel, min);
    }
    if (max !== undefined) {
      schema.maxItems = max;
      msgs.maxItems = m.maxRows(itemLabel, max);
    }
    const uiSchema: Record<string, unknown> = { items: item.uiSchema, 'ui:options': { orderable: false } };
    const help = str(p.help);
    if (help) uiSchema['ui:description'] = help;
    return { schema, uiSchema, required: (min ?? 0) > 0 };
  },
  summary(node) {
    const min = num(node.props.minItems) ?? 0;
    const max = num(node.props.maxItems);
    const noun = pluralFirstWord(str(node.props.itemLabel) ?? '');
    if (max !== undefined) return `da ${min} a ${max} ${noun}`;
    return min > 0 ? `almeno ${min} ${noun}` : `${noun} a piacere`;
  },
};
