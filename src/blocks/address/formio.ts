/**
 * An address, with OpenCity's keys for its parts (`address`, `house_number`,
 * `postal_code`, `municipality`, `county`), as its applicant form stores them.
 * Our rules keep naming our parts (`residenza.street`): each is aliased.
 */
import { formioGroup, formioInput, type FormioComponent, type FormioContext, type FormioExport } from '../shared/formio';
import type { JsonSchema, UiSchema } from '../types';

/** Our address part → OpenCity's key. */
export const OPENCITY_ADDRESS_KEYS: Record<string, string> = {
  street: 'address',
  number: 'house_number',
  postcode: 'postal_code',
  municipality: 'municipality',
  province: 'county',
};

/**
 * The address parts as Form.io inputs with OpenCity's keys; `alias(ours, theirs)`
 * is told where each part went.
 */
export function openCityAddressParts(schema: JsonSchema, ui: UiSchema, alias: (ours: string, theirs: string) => void): FormioComponent[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.keys(properties).map((part) => {
    const key = OPENCITY_ADDRESS_KEYS[part] ?? part;
    alias(part, key);
    return formioInput('textfield', key, properties[part], (ui[part] ?? {}) as UiSchema, required.has(part));
  });
}

export const addressFormio: FormioExport = (node, ctx: FormioContext) => {
  const compiled = ctx.compiled(node);
  const schema = compiled.schema ?? {};
  return formioGroup('container', node.key, schema, openCityAddressParts(schema, compiled.uiSchema, (ours, theirs) => ctx.alias(ours, theirs)));
};
