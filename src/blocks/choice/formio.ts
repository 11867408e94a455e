/**
 * One answer among options: radio buttons or a drop-down, as the official chose.
 */
import { formioField, formioValues } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const choiceFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  const values = formioValues(compiled.schema ?? {}, compiled.uiSchema);
  if (node.props.display === 'select') return formioField(node, ctx, 'select', { widget: 'html5', data: { values } });
  return formioField(node, ctx, 'radio', { values });
};
