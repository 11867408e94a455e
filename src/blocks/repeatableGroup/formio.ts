/**
 * A repeatable group: a Form.io data grid, one row per item, a list of objects as our
 * answers are (`nucleo: [{…}, …]`).
 */
import { formioGroup, type FormioExport } from '../shared/formio';

export const repeatableGroupFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  const schema = compiled.schema ?? {};
  const validate: Record<string, unknown> = { required: compiled.required };
  if (typeof schema.minItems === 'number') validate.minLength = schema.minItems;
  if (typeof schema.maxItems === 'number') validate.maxLength = schema.maxItems;
  const itemLabel = typeof node.props.itemLabel === 'string' ? node.props.itemLabel : undefined;
  return formioGroup('datagrid', node.key, schema, ctx.children(node.children ?? []), {
    addAnother: itemLabel ? `${ctx.language === 'en' ? 'Add' : 'Aggiungi'}: ${itemLabel}` : undefined,
    reorder: false,
    validate,
  });
};
