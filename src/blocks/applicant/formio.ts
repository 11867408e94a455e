/**
 * The applicant as OpenCity's nested `applicant` form: OpenCity (Stanza del
 * Cittadino) reads `applicant.data.completename.data.name`, `…surname`,
 * `applicant.data.fiscal_code.data.fiscal_code`, `applicant.data.Born.data.natoAIl`
 * and `place_of_birth`, `applicant.data.address.data.address` (house_number,
 * municipality, postal_code, county), `applicant.data.email_address` and
 * `phone_number`. Sources in docs/exports.md. Our rules keep naming our keys
 * (`richiedente.fiscal_code`): each is aliased to OpenCity's path.
 */
import { openCityAddressParts } from '../address/formio';
import { formioDate, formioInput, type FormioComponent, type FormioExport } from '../shared/formio';
import type { JsonSchema, UiSchema } from '../types';

/** A nested Form.io form held inline (no form server needed): its answers live under `<key>.data`. */
function nestedForm(key: string, label: string, components: FormioComponent[]): FormioComponent {
  return { type: 'form', key, label, input: true, tableView: true, display: 'form', components };
}

export const applicantFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  const schema = compiled.schema ?? {};
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const ui = compiled.uiSchema;
  const input = (type: string, ours: string, theirs: string, extra: Record<string, unknown> = {}) =>
    formioInput(type, theirs, properties[ours], (ui[ours] ?? {}) as UiSchema, required.has(ours), extra);
  const en = ctx.language === 'en';

  const components: FormioComponent[] = [
    nestedForm('completename', en ? 'Name and surname' : 'Nome e cognome', [input('textfield', 'name', 'name'), input('textfield', 'surname', 'surname')]),
    nestedForm('fiscal_code', properties.fiscal_code?.title as string, [input('textfield', 'fiscal_code', 'fiscal_code', { case: 'uppercase' })]),
  ];
  ctx.alias('name', 'data.completename.data.name');
  ctx.alias('surname', 'data.completename.data.surname');
  ctx.alias('fiscal_code', 'data.fiscal_code.data.fiscal_code');

  const born: FormioComponent[] = [];
  if (properties.birth_date) {
    born.push(formioDate('natoAIl', properties.birth_date, (ui.birth_date ?? {}) as UiSchema, required.has('birth_date')));
    ctx.alias('birth_date', 'data.Born.data.natoAIl');
  }
  if (properties.birth_place) {
    born.push(input('textfield', 'birth_place', 'place_of_birth'));
    ctx.alias('birth_place', 'data.Born.data.place_of_birth');
  }
  if (born.length) components.push(nestedForm('Born', en ? 'Birth' : 'Nascita', born));
  if (properties.address) {
    const parts = openCityAddressParts(properties.address, (ui.address ?? {}) as UiSchema, (ours, theirs) =>
      ctx.alias(`address.${ours}`, `data.address.data.${theirs}`),
    );
    components.push(nestedForm('address', properties.address.title as string, parts));
  }
  if (properties.email) {
    components.push(input('email', 'email', 'email_address'));
    ctx.alias('email', 'data.email_address');
  }
  if (properties.phone) {
    components.push(input('textfield', 'phone', 'phone_number', { inputType: 'tel' }));
    ctx.alias('phone', 'data.phone_number');
  }
  const form = nestedForm(ctx.conventionKey('applicant', node.key), typeof schema.title === 'string' ? schema.title : node.key, components);
  const help = ui['ui:description'];
  if (typeof help === 'string' && help) form.description = help;
  return form;
};
