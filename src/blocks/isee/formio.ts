/**
 * The ISEE: a container with the value (and expiry, DSU protocol when asked), keys as
 * our rules name them (`isee.value`).
 */
import { formioFromSchema } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const iseeFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  return formioFromSchema(node.key, compiled.schema ?? {}, compiled.uiSchema, compiled.required);
};
