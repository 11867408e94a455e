import { addressSchema } from '../address/addressSchema';
import { codiceFiscaleSchema } from '../codiceFiscale/definition';
import { codiceFiscaleFormats } from '../codiceFiscale/checkCodiceFiscale';
import { dateFormats } from '../date/dateFormats';
import { phoneFormats } from '../phone/phoneFormat';
import { messages } from '../shared/field';
import { labelOf, labelProp, requiredProp, str } from '../shared/props';
import type { BlockDefinition, JsonSchema, UiSchema } from '../types';

/** Optional parts of the applicant; name, surname and codice fiscale are always asked. */
export const APPLICANT_OPTIONAL_FIELDS = ['birth_date', 'birth_place', 'address', 'email', 'phone'] as const;
export type ApplicantField = (typeof APPLICANT_OPTIONAL_FIELDS)[number];

export interface ApplicantProps extends Record<string, unknown> {
  label: string;
  help?: string;
  required?: boolean;
  /** Which optional parts are shown. */
  fields?: ApplicantField[];
  /** Prefill from the SPID/CIE identity of the logged-in citizen (technical). */
  prefillFromIdentity?: boolean;
}

const LABELS = {
  it: {
    name: 'Nome',
    surname: 'Cognome',
    fiscal_code: 'Codice fiscale',
    birth_date: 'Data di nascita',
    birth_place: 'Luogo di nascita',
    address: 'Indirizzo di residenza',
    email: 'Email',
    phone: 'Telefono',
  },
  en: {
    name: 'First name',
    surname: 'Surname',
    fiscal_code: 'Tax code',
    birth_date: 'Date of birth',
    birth_place: 'Place of birth',
    address: 'Residence address',
    email: 'Email',
    phone: 'Phone',
  },
};

const FIELD_NAMES: Record<ApplicantField, string> = LABELS.it;

/** SPID/CIE attribute that prefills each part (read by the runtime when prefill is on). */
const IDENTITY_ATTRIBUTES: Record<string, string> = {
  name: 'name',
  surname: 'familyName',
  fiscal_code: 'fiscalNumber',
  birth_date: 'dateOfBirth',
  birth_place: 'placeOfBirth',
  email: 'email',
  phone: 'mobilePhone',
};

function shownFields(value: unknown): Set<ApplicantField> {
  if (!Array.isArray(value)) return new Set(APPLICANT_OPTIONAL_FIELDS);
  return new Set(APPLICANT_OPTIONAL_FIELDS.filter((f) => value.includes(f)));
}

export const applicantBlock: BlockDefinition<ApplicantProps> = {
  type: 'applicant',
  label: { it: 'Dati del richiedente', en: 'Applicant details' },
  description: { it: 'Nome, cognome, codice fiscale, nascita, residenza e contatti', en: 'Name, surname, tax code, birth, residence and contacts' },
  icon: 'M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM4 21c0-4 3.5-6.5 8-6.5s8 2.5 8 6.5',
  group: 'personal',
  defaultKey: 'richiedente',
  defaultProps: () => ({
    label: 'Dati del richiedente',
    required: true,
    fields: [...APPLICANT_OPTIONAL_FIELDS],
    prefillFromIdentity: true,
  }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: { type: 'string', title: 'Testo di aiuto', maxLength: 1000, 'x-widget': 'textarea' },
      required: { ...requiredProp, description: 'Il telefono resta sempre facoltativo' },
      fields: {
        type: 'array',
        title: 'Dati richiesti oltre a nome, cognome e codice fiscale',
        uniqueItems: true,
        'x-widget': 'checkboxes',
        items: { type: 'string', enum: [...APPLICANT_OPTIONAL_FIELDS], 'x-enumNames': Object.values(FIELD_NAMES) },
      },
      prefillFromIdentity: {
        type: 'boolean',
        title: 'Precompila con SPID/CIE',
        description: 'I dati dell’identità digitale compaiono già compilati (riservato al personale tecnico)',
      },
    },
  },
  technicalProps: ['prefillFromIdentity'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const l = ctx.language === 'en' ? LABELS.en : LABELS.it;
    const title = labelOf(p, applicantBlock.label.it);
    const required = p.required !== false;
    const shown = shownFields(p.fields);
    const prefill = p.prefillFromIdentity === true;

    const properties: Record<string, JsonSchema> = {};
    const ui: UiSchema = {};
    const order: string[] = [];
    const requiredKeys: string[] = [];
    const add = (key: string, schema: JsonSchema, fieldUi: UiSchema, isRequired = required) => {
      if (prefill && IDENTITY_ATTRIBUTES[key]) schema['x-prefill'] = IDENTITY_ATTRIBUTES[key];
      properties[key] = schema;
      ui[key] = fieldUi;
      order.push(key);
      if (isRequired) requiredKeys.push(key);
    };
    const text = (label: string, maxLength: number): JsonSchema => ({
      type: 'string',
      title: label,
      maxLength,
      'x-messages': { required: m.required(label), maxLength: m.maxLength(label, maxLength) },
    });

    add('name', text(l.name, 100), { 'ui:autocomplete': 'given-name' });
    add('surname', text(l.surname, 100), { 'ui:autocomplete': 'family-name' });
    add('fiscal_code', codiceFiscaleSchema(l.fiscal_code, ctx), { 'ui:autocomplete': 'off' });
    if (shown.has('birth_date')) {
      const schema: JsonSchema = {
        type: 'string',
        format: 'date-past',
        title: l.birth_date,
        'x-messages': { required: m.required(l.birth_date), format: m.datePast(l.birth_date) },
      };
      add('birth_date', schema, { 'ui:widget': 'date', 'ui:autocomplete': 'bday' });
    }
    if (shown.has('birth_place')) add('birth_place', text(l.birth_place, 100), {});
    if (shown.has('address')) {
      const address = addressSchema(l.address, required, ctx);
      add('address', address.schema, address.uiSchema);
    }
    if (shown.has('email')) {
      const schema: JsonSchema = {
        type: 'string',
        format: 'email',
        maxLength: 254,
        title: l.email,
        'x-messages': { required: m.required(l.email), format: m.email(l.email), maxLength: m.email(l.email) },
      };
      add('email', schema, { 'ui:autocomplete': 'email' });
    }
    if (shown.has('phone')) {
      const schema: JsonSchema = {
        type: 'string',
        format: 'phone',
        maxLength: 30,
        title: l.phone,
        'x-messages': { required: m.required(l.phone), format: m.phone(l.phone), maxLength: m.phone(l.phone) },
      };
      add('phone', schema, { 'ui:options': { inputType: 'tel' }, 'ui:autocomplete': 'tel' }, false);
    }

    ui['ui:order'] = order;
    const help = str(p.help);
    if (help) ui['ui:description'] = help;
    return {
      schema: { type: 'object', title, properties, required: requiredKeys, 'x-messages': { required: m.required(title) } },
      uiSchema: ui,
      required,
    };
  },
  summary(node) {
    const shown = shownFields(node.props.fields);
    const extra = APPLICANT_OPTIONAL_FIELDS.filter((f) => shown.has(f)).length;
    return `${3 + extra} dati` + (node.props.prefillFromIdentity === true ? ' · precompilati da SPID/CIE' : '');
  },
  formats: { ...codiceFiscaleFormats, ...dateFormats, ...phoneFormats },
};
