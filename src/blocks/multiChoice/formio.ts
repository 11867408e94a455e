/**
 * Several answers among options. A multiple select keeps our answer's shape (a list of
 * values), which conditions such as `in` rely on; Form.io's selectboxes would store an object.
 */
import { formioField, formioValues } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const multiChoiceFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  const items = ((compiled.schema ?? {}).items ?? {}) as Record<string, unknown>;
  return formioField(node, ctx, 'select', { multiple: true, widget: 'html5', data: { values: formioValues(items, compiled.uiSchema) } });
};
