/**
 * The Italian address object, shared by the address type and the applicant's
 * residence: street, house number, CAP, municipality, province.
 */
import { messages } from '../shared/field';
import type { CompileContext, JsonSchema, UiSchema } from '../types';

export const ADDRESS_PARTS = ['street', 'number', 'postcode', 'municipality', 'province'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

const LABELS: Record<string, Record<AddressPart, string>> = {
  it: { street: 'Via, piazza…', number: 'Numero civico', postcode: 'CAP', municipality: 'Comune', province: 'Provincia' },
  en: { street: 'Street', number: 'House number', postcode: 'Postcode', municipality: 'Municipality', province: 'Province' },
};

export interface AddressDefaults {
  municipality?: string;
  province?: string;
}

export function addressSchema(
  title: string,
  required: boolean,
  ctx: CompileContext,
  defaults: AddressDefaults = {},
): { schema: JsonSchema; uiSchema: UiSchema } {
  const m = messages(ctx);
  const l = LABELS[ctx.language] ?? LABELS.it;
  const part = (key: AddressPart, extra: JsonSchema, msgs: Record<string, string> = {}): JsonSchema => ({
    type: 'string',
    title: l[key],
    ...extra,
    'x-messages': { required: m.required(l[key]), maxLength: m.maxLength(l[key], extra.maxLength as number), ...msgs },
  });
  const properties: Record<string, JsonSchema> = {
    street: part('street', { maxLength: 200 }),
    number: part('number', { maxLength: 10 }),
    postcode: part('postcode', { pattern: '^[0-9]{5}$', maxLength: 5 }, { pattern: m.postcode(l.postcode) }),
    municipality: part('municipality', { maxLength: 100 }),
    province: part('province', { pattern: '^[A-Za-z]{2}$', maxLength: 2 }, { pattern: m.province(l.province) }),
  };
  if (defaults.municipality) properties.municipality.default = defaults.municipality;
  if (defaults.province) properties.province.default = defaults.province;
  return {
    schema: {
      type: 'object',
      title,
      properties,
      required: required ? ['street', 'number', 'postcode', 'municipality', 'province'] : [],
      'x-messages': { required: m.required(title) },
    },
    uiSchema: {
      'ui:order': [...ADDRESS_PARTS],
      street: { 'ui:autocomplete': 'address-line1' },
      number: { 'ui:placeholder': 'es. 12/A' },
      postcode: { 'ui:autocomplete': 'postal-code', 'ui:options': { inputMode: 'numeric' } },
      municipality: { 'ui:autocomplete': 'address-level2' },
      province: { 'ui:placeholder': 'es. RM' },
    },
  };
}
