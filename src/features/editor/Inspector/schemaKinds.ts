/**
 * How the inspector shows one property of a block's props schema. Pure: reads
 * a JSON Schema fragment (titles in Italian, `x-widget` hints) and says which
 * control to draw, so the form generator never switches on a block type.
 */
import type { JsonSchema } from '../../../blocks/types';

export type WidgetKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'boolean'
  | 'select'
  | 'list'
  | 'checkboxes'
  | 'group'
  | 'pattern'
  | 'rule'
  | 'date'
  | 'time'
  | 'field'
  | 'unsupported';

export interface Choice {
  value: string | number | boolean;
  label: string;
}

type Schema = JsonSchema & {
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  'x-widget'?: string;
};

/** The JSON type of a schema, ignoring a `null` alternative (`["string","null"]`). */
export function schemaType(schema: JsonSchema): string | undefined {
  const t = (schema as Schema).type;
  if (Array.isArray(t)) return t.find((x) => x !== 'null');
  return t;
}

/** The enumerated choices of a schema: `enum` (+ `x-enumNames`/`enumNames`) or `oneOf` of `const`s. */
export function choicesOf(schema: JsonSchema): Choice[] | null {
  const s = schema as Schema;
  if (Array.isArray(s.enum)) {
    const names = (s['x-enumNames'] ?? s.enumNames) as string[] | undefined;
    return s.enum
      .filter((v): v is string | number | boolean => v !== null)
      .map((value, i) => ({ value, label: names?.[i] ?? String(value) }));
  }
  const alternatives = s.oneOf ?? s.anyOf;
  if (Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((a) => 'const' in a)) {
    return alternatives.map((a) => {
      const value = a.const as string | number | boolean;
      return { value, label: (a.title as string | undefined) ?? String(value) };
    });
  }
  return null;
}

/** Which control edits a property with this schema. */
export function widgetKind(schema: JsonSchema): WidgetKind {
  const s = schema as Schema;
  const hint = s['x-widget'];
  if (hint === 'rule' || hint === 'formula' || hint === 'condition') return 'rule';
  if (hint === 'field') return 'field';
  if (hint === 'time') return 'time';
  if (hint === 'date' || (s as { format?: string }).format === 'date') return 'date';
  if (hint === 'pattern') return 'pattern';
  if (hint === 'options') return 'list';
  if (hint === 'checkboxes' || hint === 'mime-types') return 'checkboxes';
  if (choicesOf(schema)) return 'select';
  const type = schemaType(schema);
  if (type === 'string') {
    if (hint === 'markdown' || hint === 'textarea') return 'textarea';
    return 'text';
  }
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array' && s.items) return 'list';
  if (type === 'object' && s.properties) return 'group';
  return 'unsupported';
}

/**
 * Whether a property matters given its siblings' values (`x-show-when:
 * { mode: ['recurring'] }`: only for recurring payments).
 */
export function isShown(schema: JsonSchema, siblings: Record<string, unknown>): boolean {
  const when = (schema as { 'x-show-when'?: Record<string, unknown[]> })['x-show-when'];
  if (!when || typeof when !== 'object') return true;
  return Object.entries(when).every(([prop, values]) => !Array.isArray(values) || values.includes(siblings[prop]));
}

/** The human title of a property: its schema title, else its name. */
export function titleOf(schema: JsonSchema, name: string): string {
  const title = (schema as Schema).title;
  return typeof title === 'string' && title.length > 0 ? title : name;
}

/** The properties of an object schema, in declaration order. */
export function propertiesOf(schema: JsonSchema): Array<[string, JsonSchema]> {
  const props = (schema as Schema).properties;
  return props ? Object.entries(props) : [];
}

/** Names listed in an object schema's `required`. */
export function requiredOf(schema: JsonSchema): ReadonlySet<string> {
  const req = (schema as { required?: unknown }).required;
  return new Set(Array.isArray(req) ? req.filter((x): x is string => typeof x === 'string') : []);
}

/** An empty value for a new list item of `schema`. */
export function emptyValue(schema: JsonSchema): unknown {
  const s = schema as Schema;
  if ('default' in s) return structuredClone(s.default);
  switch (schemaType(schema)) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, sub] of propertiesOf(schema)) {
        if (requiredOf(schema).has(k)) out[k] = emptyValue(sub);
      }
      return out;
    }
    default:
      return null;
  }
}

/** Numeric bounds declared by a schema. */
export function boundsOf(schema: JsonSchema): { min?: number; max?: number; integer: boolean } {
  const s = schema as { minimum?: number; maximum?: number };
  return { min: s.minimum, max: s.maximum, integer: schemaType(schema) === 'integer' };
}
