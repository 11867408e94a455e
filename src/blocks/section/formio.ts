/**
 * A section: a Form.io container, which nests its children's answers under its key as
 * our answers do (`bambino.disabilita`).
 */
import { formioGroup, type FormioExport } from '../shared/formio';

export const sectionFormio: FormioExport = (node, ctx) => {
  return formioGroup('container', node.key, ctx.compiled(node).schema ?? {}, ctx.children(node.children ?? []));
};
