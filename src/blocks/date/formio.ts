/**
 * A calendar date: a date field (HTML date input, `YYYY-MM-DD` values as ours).
 */
import { formioDate } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const dateFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  return formioDate(node.key, compiled.schema ?? {}, compiled.uiSchema, compiled.required);
};
