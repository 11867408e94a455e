/**
 * An appointment booking. OpenCity books through its own calendar component,
 * which plain Form.io does not have: the export asks the office and the date
 * and time with standard components, under the node's key as in our answers,
 * after the opening hours.
 */
import { formioContent, formioFromSchema, type FormioComponent, type FormioExport } from '../shared/formio';

export const bookingFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  const { 'ui:field': _picker, ...ui } = compiled.uiSchema;
  const out: FormioComponent[] = [];
  const description = ui['ui:description'];
  if (typeof description === 'string' && description) out.push(formioContent(`${node.key}_info`, description));
  out.push(formioFromSchema(node.key, compiled.schema ?? {}, ui, compiled.required));
  ctx.warn(
    'OpenCity prenota con il proprio calendario, che Form.io da solo non ha: l’appuntamento è esportato come scelta ' +
      'dell’ufficio e data e ora libere, senza gli orari di apertura né i posti già presi',
  );
  return out;
};
