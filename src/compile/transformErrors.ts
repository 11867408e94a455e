/**
 * Turns rjsf/Ajv validation errors into the Italian (or English) messages
 * compiled into the schema (`x-messages`), so that every error names its
 * field: "Il campo «Nome» è obbligatorio". Errors of schemas that carry no
 * message for the keyword get a generic message built from the field title.
 */
import type { ErrorTransformer, RJSFValidationError } from '@rjsf/utils';
import { formatNumber, messagesFor } from '../blocks/shared/messages';
import type { JsonSchema } from '../blocks/types';

type Schema = JsonSchema & {
  properties?: Record<string, Schema>;
  items?: Schema | Schema[];
  title?: string;
  'x-messages'?: Record<string, string>;
};

/** "applicant", ".applicant.name", ".members.0.fiscal_code", "['odd-key']" → path segments. */
function pathOf(property: string | undefined): string[] {
  if (!property) return [];
  return property
    .replace(/\[['"]?([^\]'"]+)['"]?\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
}

/** The schema of the value at `path` (through object properties and array items). */
export function schemaAt(root: JsonSchema, path: readonly string[]): Schema | undefined {
  let schema: Schema | undefined = root as Schema;
  for (const seg of path) {
    if (!schema) return undefined;
    if (schema.items !== undefined && /^\d+$/.test(seg)) {
      schema = Array.isArray(schema.items) ? schema.items[Number(seg)] : schema.items;
    } else {
      schema = schema.properties?.[seg];
    }
  }
  return schema;
}

function fallbackMessage(error: RJSFValidationError, title: string, language: string | undefined): string {
  const m = messagesFor(language);
  const limit = error.params?.limit as number | undefined;
  switch (error.name) {
    case 'required':
      return m.required(title);
    case 'minLength':
      return m.minLength(title, limit ?? 0);
    case 'maxLength':
      return m.maxLength(title, limit ?? 0);
    case 'minimum':
    case 'exclusiveMinimum':
      return m.minimum(title, formatNumber(limit ?? 0, language));
    case 'maximum':
    case 'exclusiveMaximum':
      return m.maximum(title, formatNumber(limit ?? 0, language));
    case 'minItems':
      return m.minChoices(title, limit ?? 0);
    case 'maxItems':
      return m.maxChoices(title, limit ?? 0);
    case 'enum':
      return m.choose(title);
    case 'pattern':
      return m.pattern(title);
    case 'format':
      return error.params?.format === 'email' ? m.email(title) : m.invalid(title);
    default:
      // ajv-i18n has already localised `message` ("deve essere …").
      return m.invalid(title, error.message);
  }
}

/**
 * Rewrites each error's `message` and `stack` with the message of the field
 * it concerns, looked up in `schema` (the compiled step schema). Duplicates
 * (same field, same message — e.g. from oneOf branches) are dropped.
 */
export function transformErrors(
  errors: readonly RJSFValidationError[],
  schema: JsonSchema,
  language?: string,
): RJSFValidationError[] {
  const out: RJSFValidationError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pathOf(error.property);
    const target = schemaAt(schema, path);
    const custom = error.name ? target?.['x-messages']?.[error.name] : undefined;
    const title = target?.title ?? error.title ?? path[path.length - 1] ?? '';
    const message = custom ?? (title ? fallbackMessage(error, title, language) : error.message ?? error.stack);
    const id = `${error.property ?? ''}|${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...error, message, stack: message });
  }
  return out;
}

const transformers = new WeakMap<JsonSchema, Map<string, ErrorTransformer>>();

/**
 * The `transformErrors` prop for one compiled step's form. Memoised per
 * schema object and language, so React props stay referentially stable.
 */
export function createTransformErrors(schema: JsonSchema, language = 'it'): ErrorTransformer {
  let byLanguage = transformers.get(schema);
  if (!byLanguage) {
    byLanguage = new Map();
    transformers.set(schema, byLanguage);
  }
  let transformer = byLanguage.get(language);
  if (!transformer) {
    transformer = (errors) => transformErrors(errors, schema, language);
    byLanguage.set(language, transformer);
  }
  return transformer;
}
