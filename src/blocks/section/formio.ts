/**
 * A section: a Form.io container, which nests its children's answers under its key as
 * our answers do (`bambino.disabilita`).
 */
import type { FormioExport } from '../shared/formio';

export const sectionFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  const title = typeof compiled.schema?.title === 'string' ? compiled.schema.title : node.key;
  return { type: 'container', key: node.key, label: title, hideLabel: false, input: true, tableView: false, components: ctx.children(node.children ?? []) };
};
