/**
 * A permit request: its terms as text, then one upload per required
 * document, under the node's key as in our answers.
 */
import { formioFromSchema, type FormioExport } from '../shared/formio';

export const permitFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  return formioFromSchema(node.key, compiled.schema ?? {}, compiled.uiSchema, compiled.required);
};
