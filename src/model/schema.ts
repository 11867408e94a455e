/**
 * The service-definition format, version 1, written once as a TypeBox schema.
 *
 * Why TypeBox: the TypeScript types (see `types.ts`) are derived from this very
 * object with `Static<>`, and `public/schema/service-definition.v1.json` is this
 * object serialised (`npm run schema`). Types and published JSON Schema cannot
 * drift apart; `schema.test.ts` proves the published file is current.
 *
 * Design notes for sync (a later issue): every entity has a stable id, the
 * document carries a `revision` that grows on every saved change, `updatedAt`,
 * and `derivedFrom` for duplicates. Nothing here needs to change for a server.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { FIELD_KEY_PATTERN, FORMAT_VERSION, ID_PATTERN, LANGUAGE_CODE_PATTERN, NODE_TYPE_PATTERN, SCHEMA_ID } from './formatConstants';

export { FORMAT_VERSION, SCHEMA_ID } from './formatConstants';

/** A JsonLogic rule: plain JSON data, never code. Evaluated by `src/rules`. */
export const JsonLogicSchema = Type.Unsafe<JsonLogicRule>({
  description: 'Regola JsonLogic (solo dati, mai codice).',
});
export type JsonLogicRule =
  | boolean
  | number
  | string
  | null
  | JsonLogicRule[]
  | { [operator: string]: JsonLogicRule };

/** Stable identifier of any entity (service, step, node, requirement, …). */
export const IdSchema = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: ID_PATTERN,
  description: 'Identificativo stabile',
});
const Id = IdSchema;
const DateTime = Type.String({ format: 'date-time', description: 'Istante ISO 8601 (es. 2027-03-01T08:00:00.000Z)' });
/** Machine-safe answer key: snake_case, unique within a service. */
export const FieldKeySchema = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: FIELD_KEY_PATTERN,
  description: 'Chiave del campo in snake_case',
});

export const ServiceStatusSchema = Type.Union(
  [
    Type.Literal('draft'),
    Type.Literal('published'),
    Type.Literal('scheduled'),
    Type.Literal('suspended'),
    Type.Literal('private'),
  ],
  { description: 'Stato del servizio' },
);

/** Opening window, stored as instants; the UI shows and edits it in Europe/Rome. */
export const ScheduleSchema = Type.Object(
  {
    opensAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    closesAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
  },
  { additionalProperties: false },
);

export const OfficeSchema = Type.Object(
  {
    name: Type.String({ maxLength: 200 }),
    address: Type.String({ maxLength: 300 }),
    phone: Type.String({ maxLength: 50 }),
    email: Type.String({ maxLength: 200 }),
    pec: Type.Optional(Type.String({ maxLength: 200 })),
    openingHours: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const AccessChannelSchema = Type.Union([
  Type.Literal('online'),
  Type.Literal('booking'),
  Type.Literal('generic'),
]);

/**
 * The Designers Italia "scheda servizio". Keys follow OpenCity's API where one
 * exists (short_description, who, how_to_do, what_you_need, …) so that mapping
 * to real platforms is direct. Long texts are markdown.
 */
export const ServiceCardSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 160 }),
    short_description: Type.String({ minLength: 1, maxLength: 255 }),
    description: Type.String({ maxLength: 20000 }),
    category: Type.String({ maxLength: 120 }),
    topics: Type.Array(Type.String({ maxLength: 120 }), { maxItems: 30 }),
    audience: Type.String({ maxLength: 200, description: 'Destinatari in breve (es. Famiglie)' }),
    who: Type.String({ maxLength: 20000, description: 'A chi è rivolto' }),
    how_to_do: Type.String({ maxLength: 20000, description: 'Come fare' }),
    what_you_need: Type.String({ maxLength: 20000, description: 'Cosa serve' }),
    what_you_get: Type.String({ maxLength: 20000, description: 'Cosa si ottiene' }),
    times_and_deadlines: Type.String({ maxLength: 20000, description: 'Tempi e scadenze' }),
    access: Type.Object(
      {
        channel: AccessChannelSchema,
        text: Type.String({ maxLength: 5000 }),
        url: Type.String({ maxLength: 500 }),
      },
      { additionalProperties: false, description: 'Accedi al servizio' },
    ),
    conditions: Type.String({ maxLength: 20000, description: 'Condizioni di servizio' }),
    conditions_file_url: Type.String({ maxLength: 500 }),
    costs: Type.String({ maxLength: 20000 }),
    special_cases: Type.String({ maxLength: 20000 }),
    more_info: Type.String({ maxLength: 20000 }),
    office: OfficeSchema,
    max_response_days: Type.Integer({ minimum: 0, maximum: 3650, description: 'Tempo massimo di risposta in giorni' }),
  },
  { additionalProperties: false },
);

export const RequirementSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    rule: JsonLogicSchema,
    message: Type.String({ minLength: 1, maxLength: 1000, description: 'Messaggio mostrato quando il requisito non è soddisfatto' }),
  },
  { additionalProperties: false },
);

/**
 * A node of the citizen flow: a field, a container (section, repeatable group)
 * or a pattern block. `props` is open here; each type's props schema in the
 * block registry validates it further. An unknown `type` (from a newer file)
 * is kept as it is.
 */

/** A node's type id as stored in the JSON (`text`, `iban`, `repeatable_group`, …). */
export const NodeTypeSchema = Type.String({ minLength: 1, maxLength: 64, pattern: NODE_TYPE_PATTERN });

export const FlowNodeSchema = Type.Recursive(
  (Self) =>
    Type.Object(
      {
        id: Id,
        type: NodeTypeSchema,
        key: FieldKeySchema,
        props: Type.Record(Type.String(), Type.Unknown()),
        visibleIf: Type.Optional(JsonLogicSchema),
        children: Type.Optional(Type.Array(Self)),
      },
      { additionalProperties: false },
    ),
  { $id: 'FlowNode' },
);

export const StepSchema = Type.Object(
  {
    id: Id,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    visibleIf: Type.Optional(JsonLogicSchema),
    nodes: Type.Array(FlowNodeSchema),
  },
  { additionalProperties: false },
);

export const LanguageCodeSchema = Type.String({ pattern: LANGUAGE_CODE_PATTERN });

export const LanguagesSchema = Type.Object(
  {
    default: LanguageCodeSchema,
    available: Type.Array(LanguageCodeSchema, { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
);

/**
 * Translations: language → text path → text, e.g.
 * `{ en: { "card.title": "Food bonus", "node.<nodeId>.label": "Name" } }`.
 */
// additionalProperties: false so that a bad language code ("ita", "EN") is an
// error: without it the pattern key only selects which values to check, and
// any other key would be accepted silently.
export const TranslationsSchema = Type.Record(LanguageCodeSchema, Type.Record(Type.String(), Type.String()), {
  additionalProperties: false,
});

/** Options reserved to technical staff (read-only for officials). */
export const TechnicalSettingsSchema = Type.Object(
  {
    accessLevel: Type.Union([
      Type.Literal('anonymous'),
      Type.Literal('social'),
      Type.Literal('spid_l1'),
      Type.Literal('spid_l2'),
      Type.Literal('cie'),
    ]),
    workflow: Type.Union([Type.Literal('approval'), Type.Literal('forward')]),
    protocol: Type.Object(
      {
        enabled: Type.Boolean(),
        registry: Type.String({ maxLength: 200, description: 'Registro di protocollo' }),
        classification: Type.String({ maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
    payment: Type.Object(
      {
        gateway: Type.String({ maxLength: 100 }),
        entityTaxCode: Type.String({ maxLength: 16, description: 'Codice fiscale dell’ente creditore' }),
        taxonomyCode: Type.String({ maxLength: 64, description: 'Codice tassonomico pagoPA' }),
      },
      { additionalProperties: false },
    ),
    integrations: Type.Array(
      Type.Object(
        {
          id: Id,
          name: Type.String({ maxLength: 200 }),
          url: Type.String({ maxLength: 500 }),
          event: Type.String({ maxLength: 100 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** Saved answers of a preview run, replayable later ("Famiglia con ISEE basso"). */
export const PersonaSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    answers: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);

export const RoleSchema = Type.Union([Type.Literal('official'), Type.Literal('technical')]);

/** Who changed what: one entry per saved change (bounded by the app). */
export const HistoryEntrySchema = Type.Object(
  {
    at: DateTime,
    revision: Type.Integer({ minimum: 0 }),
    role: RoleSchema,
    action: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const DerivedFromSchema = Type.Object(
  { id: Id, revision: Type.Integer({ minimum: 0 }), title: Type.String({ maxLength: 160 }) },
  { additionalProperties: false },
);

export const ServiceDefinitionSchema = Type.Object(
  {
    formatVersion: Type.Literal(FORMAT_VERSION),
    id: Id,
    revision: Type.Integer({ minimum: 0 }),
    createdAt: DateTime,
    updatedAt: DateTime,
    derivedFrom: Type.Union([DerivedFromSchema, Type.Null()]),
    status: ServiceStatusSchema,
    schedule: ScheduleSchema,
    card: ServiceCardSchema,
    requirements: Type.Array(RequirementSchema),
    steps: Type.Array(StepSchema, { minItems: 1 }),
    languages: LanguagesSchema,
    translations: TranslationsSchema,
    technical: TechnicalSettingsSchema,
    personas: Type.Array(PersonaSchema),
    history: Type.Array(HistoryEntrySchema),
  },
  {
    $id: SCHEMA_ID,
    title: 'Mattoncini — definizione di servizio (formato 1)',
    description: 'Un servizio digitale comunale: scheda, requisiti, passi del flusso del cittadino, impostazioni tecniche.',
    additionalProperties: false,
  },
);

/** The JSON Schema document as published in public/schema/. */
export function publishedSchema(): TSchema & Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...JSON.parse(JSON.stringify(ServiceDefinitionSchema)) };
}
