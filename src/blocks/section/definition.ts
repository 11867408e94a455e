import { labelOf, labelProp, str } from '../shared/props';
import type { BlockDefinition, JsonSchema } from '../types';

export interface SectionProps extends Record<string, unknown> {
  label: string;
  /** Short introduction under the title (markdown). */
  description?: string;
}

export const sectionBlock: BlockDefinition<SectionProps> = {
  type: 'section',
  label: { it: 'Sezione', en: 'Section' },
  description: { it: 'Raggruppa più campi sotto un titolo', en: 'Groups fields under a heading' },
  icon: 'M3 4h18v16H3zM3 9h18',
  group: 'layout',
  container: true,
  defaultProps: () => ({ label: 'Sezione' }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: { ...labelProp, title: 'Titolo della sezione' },
      description: { type: 'string', title: 'Introduzione', maxLength: 5000, 'x-widget': 'markdown' },
    },
  },
  technicalProps: [],
  compile(node, ctx) {
    const inner = ctx.compileChildren(node.children ?? []);
    const schema: JsonSchema = { ...inner.schema, title: labelOf(node.props, sectionBlock.label.it) };
    const uiSchema = inner.uiSchema;
    const description = str(node.props.description);
    if (description) {
      uiSchema['ui:description'] = description;
      uiSchema['ui:enableMarkdownInDescription'] = true;
    }
    // Required as soon as one child is: otherwise an absent section would skip its children's checks.
    const required = Array.isArray(schema.required) && schema.required.length > 0;
    return { schema, uiSchema, required };
  },
  summary(node) {
    const n = node.children?.length ?? 0;
    return n === 1 ? '1 elemento' : `${n} elementi`;
  },
};
