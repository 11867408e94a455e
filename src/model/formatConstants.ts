/**
 * The few values of the format that running code needs, kept apart from the
 * TypeBox builders in `schema.ts`. The app validates with the published JSON
 * Schema (`publishedSchemaJson.ts`), so the TypeBox library (≈ 10 KiB gzip)
 * stays out of the browser bundle; `schema.ts` uses these same constants, so
 * there is still one source for each.
 */
export const FORMAT_VERSION = 1 as const;
export const SCHEMA_ID = 'https://mattoncini.example/schema/service-definition.v1.json';

/** Stable identifier of any entity (service, step, node, requirement, …). */
export const ID_PATTERN = '^[A-Za-z0-9_-]+$';
/** Machine-safe answer key: snake_case. */
export const FIELD_KEY_PATTERN = '^[a-z][a-z0-9_]*$';
/** A node's type id as stored in the JSON (`text`, `iban`, `repeatable_group`, …). */
export const NODE_TYPE_PATTERN = '^[a-z][a-z0-9_.-]*$';
/** A two-letter language code (`it`, `en`). */
export const LANGUAGE_CODE_PATTERN = '^[a-z]{2}$';
