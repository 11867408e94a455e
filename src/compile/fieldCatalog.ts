/**
 * The fields a rule may name, as rules need them (builder, lint, simulators): answer path,
 * label, value kind, options. Derived from the *compiled* JSON Schema of each
 * step (src/compile), not from the block registry, so that every block type —
 * including ones added later — is covered without the rules UI knowing it:
 * what a field stores is exactly what its schema says.
 */
import { defaultRegistry, type BlockRegistry } from '../blocks/registry';
import type { JsonSchema, UiSchema } from '../blocks/types';
import type { ServiceDefinition } from '../model/types';
import type { FieldKinds } from '../rules/conditionModel';
import type { FieldLabels } from '../rules/describe';
import type { FieldMap } from '../rules/lint';
import type { ValueKind } from '../rules/operators';
import { compile } from './compile';
import type { CompiledFlow } from './types';

/** One option of a choice field. */
export interface FieldOption {
  value: string;
  label: string;
}

/** A field a rule can refer to. */
export interface CatalogField {
  /** Answer path, dotted for composite fields and sections (`isee.value`, `abitazione.tipo_abitazione`). */
  path: string;
  /** Label an official recognises (disambiguated with its container when two fields share one). */
  label: string;
  kind: ValueKind;
  /** Options of `choice` and `multi_choice` fields, in the citizen's order. */
  options?: readonly FieldOption[];
  /** Title of the step the field is in, to group long menus. */
  group?: string;
  /**
   * Path of the repeatable group this field belongs to (`componenti` for
   * `componenti.data_nascita`). Item fields are known to lint and to the
   * sentences, but a top-level condition cannot compare them directly.
   */
  list?: string;
}

/** Every field of a service a rule can refer to, in flow order. Build it with `buildFieldCatalog`, or by hand in tests. */
export type FieldCatalog = readonly CatalogField[];

type Schema = JsonSchema & {
  type?: unknown;
  format?: unknown;
  enum?: unknown;
  title?: unknown;
  multipleOf?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
};

interface Raw extends CatalogField {
  /** Title of the enclosing object, for disambiguation. */
  parent?: string;
}

const DATE_FORMATS = new Set(['date', 'date-past', 'date-future']);

// Money and ISEE titles carry "(€)" for the citizen; the sentence adds "€" to the amounts itself.
const cleanTitle = (title: unknown, fallback: string): string =>
  typeof title === 'string' && title.trim() !== '' ? title.replace(/\s*\(€\)\s*$/, '').trim() : fallback;

function optionsOf(values: unknown, ui: UiSchema | undefined): FieldOption[] | undefined {
  if (!Array.isArray(values)) return undefined;
  const names = ui?.['ui:enumNames'];
  return values
    .filter((v): v is string => typeof v === 'string')
    .map((value, i) => ({ value, label: Array.isArray(names) && typeof names[i] === 'string' ? names[i] : value }));
}

/** The value kind of a leaf schema, or `null` for what rules cannot use (files, display-only text). */
export function kindOfSchema(schema: Schema): ValueKind | null {
  switch (schema.type) {
    case 'string':
      if (typeof schema.format === 'string' && DATE_FORMATS.has(schema.format)) return 'date';
      if (schema.format === 'data-url') return null; // an uploaded file: nothing to compare
      return Array.isArray(schema.enum) ? 'choice' : 'text';
    case 'number':
      // Amounts in euro are the only numbers kept to the cent (money, ISEE value).
      return schema.multipleOf === 0.01 ? 'money' : 'number';
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      if (schema.items?.type === 'object') return 'list';
      if (Array.isArray(schema.items?.enum)) return 'multi_choice';
      return schema.items?.format === 'data-url' ? null : 'list';
    default:
      return null;
  }
}

function walk(properties: Record<string, Schema>, ui: UiSchema, ctx: { prefix: string; group?: string; list?: string; parent?: string }, out: Raw[]): void {
  for (const [key, schema] of Object.entries(properties)) {
    if (!schema || typeof schema !== 'object' || schema.readOnly === true) continue;
    const path = ctx.prefix + key;
    const fieldUi = (ui?.[key] ?? {}) as UiSchema;
    if (schema.type === 'object' && schema.properties) {
      // Composite fields and sections nest their answers: walk them as dotted paths.
      walk(schema.properties, fieldUi, { ...ctx, prefix: `${path}.`, parent: cleanTitle(schema.title, key) }, out);
      continue;
    }
    const kind = kindOfSchema(schema);
    if (!kind) continue;
    const label = cleanTitle(schema.title, key);
    const field: Raw = { path, label, kind };
    if (ctx.group) field.group = ctx.group;
    if (ctx.list) field.list = ctx.list;
    if (ctx.parent) field.parent = ctx.parent;
    const options = kind === 'choice' ? optionsOf(schema.enum, fieldUi) : kind === 'multi_choice' ? optionsOf(schema.items?.enum, fieldUi) : undefined;
    if (options) field.options = options;
    out.push(field);
    if (kind === 'list' && schema.items?.properties) {
      walk(schema.items.properties, (fieldUi.items ?? {}) as UiSchema, { group: ctx.group, prefix: `${path}.`, list: path, parent: label }, out);
    }
  }
}

/** Two fields with the same label ("Data di nascita" of the applicant and of a member) get their container's name. */
function disambiguate(raw: Raw[]): CatalogField[] {
  const counts = new Map<string, number>();
  for (const f of raw) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  return raw.map(({ parent, ...field }) =>
    (counts.get(field.label) ?? 0) > 1 && parent && !field.label.includes(parent) ? { ...field, label: `${field.label} (${parent})` } : field,
  );
}

/** The catalog of the fields of a compiled flow's steps (exported for callers that already compiled). */
export function catalogFromSteps(steps: ReadonlyArray<{ title: string; schema: JsonSchema; uiSchema: UiSchema }>): FieldCatalog {
  const raw: Raw[] = [];
  for (const step of steps) {
    const properties = (step.schema as Schema).properties ?? {};
    walk(properties, step.uiSchema, { prefix: '', group: step.title }, raw);
  }
  return Object.freeze(disambiguate(raw));
}

// Keyed by the steps array: edits to the card or settings keep it (structural sharing), so the catalog is reused.
const cache = new WeakMap<object, { language: string; registry: BlockRegistry; catalog: FieldCatalog }>();

/**
 * The fields of a service a rule can name, in flow order, labelled in the
 * service's default language. Memoised on `definition.steps`: calling it on
 * every render is cheap while the steps are unchanged.
 */
export function buildFieldCatalog(definition: ServiceDefinition, registry: BlockRegistry = defaultRegistry): FieldCatalog {
  const language = definition.languages?.default ?? 'it';
  const hit = cache.get(definition.steps);
  if (hit && hit.language === language && hit.registry === registry) return hit.catalog;
  const catalog = catalogFromSteps(compile(definition, registry, { language }).steps);
  cache.set(definition.steps, { language, registry, catalog });
  return catalog;
}

/** Lookups over a catalog, for sentences, lint and the builders. */
export interface CatalogIndex {
  byPath: ReadonlyMap<string, CatalogField>;
  labels: FieldLabels;
  kinds: FieldKinds;
  /** What lint wants: path → kind and label. */
  fieldMap: FieldMap;
}

const indexes = new WeakMap<FieldCatalog, CatalogIndex>();

/** Lookups over `catalog`, memoised on the array. */
export function catalogIndex(catalog: FieldCatalog): CatalogIndex {
  const hit = indexes.get(catalog);
  if (hit) return hit;
  const byPath = new Map(catalog.map((f) => [f.path, f] as const));
  const index: CatalogIndex = {
    byPath,
    labels: (key) => byPath.get(key)?.label,
    kinds: (key) => byPath.get(key)?.kind,
    fieldMap: new Map(catalog.map((f) => [f.path, { kind: f.kind, label: f.label }] as const)),
  };
  indexes.set(catalog, index);
  return index;
}

/** Every answer field of an already compiled flow, in canvas order. */
export function fieldCatalog(flow: CompiledFlow): FieldCatalog {
  return catalogFromSteps(flow.steps);
}

/** The map that rule lint reads (path → kind and label). */
export function fieldMapOf(catalog: FieldCatalog): FieldMap {
  return catalogIndex(catalog).fieldMap;
}
