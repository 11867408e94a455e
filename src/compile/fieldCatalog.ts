/**
 * The answer fields of a service as rules see them: dotted answer path,
 * label, value kind and options. Derived from the compiled JSON Schema, so a
 * new block type is covered without a switch on types: what a field accepts
 * is what its schema says.
 */
import type { ValueKind } from '../rules/operators';
import type { FieldMap } from '../rules/lint';
import type { JsonSchema } from '../blocks/types';
import type { CompiledFlow } from './types';

export interface CatalogField {
  /** Answer path: `isee.value`, `nucleo.data_nascita` for a list item field. */
  path: string;
  label: string;
  kind: ValueKind;
  /** Choices of a single or multiple choice field. */
  options?: { value: string; label: string }[];
}

type Schema = JsonSchema & {
  type?: string | string[];
  format?: string;
  title?: string;
  enum?: unknown[];
  oneOf?: { const?: unknown; title?: string }[];
  items?: Schema;
  properties?: Record<string, Schema>;
  multipleOf?: number;
  readOnly?: boolean;
};

function optionsOf(schema: Schema): CatalogField['options'] {
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((o) => o && 'const' in o)) {
    return schema.oneOf.map((o) => ({ value: String(o.const), label: o.title ?? String(o.const) }));
  }
  if (Array.isArray(schema.enum)) {
    const names = (schema as { 'x-enumNames'?: string[] })['x-enumNames'];
    return schema.enum.map((v, i) => ({ value: String(v), label: names?.[i] ?? String(v) }));
  }
  return undefined;
}

/** The kind of a leaf schema; undefined for display-only slots. */
function leafKind(schema: Schema): ValueKind | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'null') return undefined;
  if (optionsOf(schema)) return 'choice';
  if (type === 'boolean') return 'boolean';
  if (type === 'number' || type === 'integer') return schema.multipleOf === 0.01 ? 'money' : 'number';
  if (type === 'string' && (schema.format === 'date' || schema.format === 'date-time')) return 'date';
  if (type === 'array' && schema.items && optionsOf(schema.items)) return 'multi_choice';
  if (type === 'array') return 'list';
  if (type === 'string') return 'text';
  return undefined;
}

function visit(properties: Record<string, Schema>, prefix: string, labelPrefix: string, out: CatalogField[]): void {
  for (const [key, schema] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const title = schema.title ?? key;
    const label = labelPrefix ? `${labelPrefix} (${title})` : title;
    if (schema.type === 'object' && schema.properties) {
      visit(schema.properties, path, title, out);
      continue;
    }
    const kind = leafKind(schema);
    if (!kind) continue;
    const options = kind === 'multi_choice' ? optionsOf(schema.items as Schema) : optionsOf(schema);
    out.push({ path, label, kind, ...(options ? { options } : {}) });
    if (kind === 'list' && schema.items?.properties) visit(schema.items.properties, path, title, out);
  }
}

/** Every answer field of a compiled flow, in canvas order. */
export function fieldCatalog(flow: CompiledFlow): CatalogField[] {
  const out: CatalogField[] = [];
  for (const step of flow.steps) {
    visit(((step.schema as Schema).properties ?? {}) as Record<string, Schema>, '', '', out);
  }
  return out;
}

/** The catalog as the map that rule lint reads. */
export function fieldMapOf(fields: readonly CatalogField[]): FieldMap {
  return new Map(fields.map((f) => [f.path, { kind: f.kind, label: f.label }]));
}
