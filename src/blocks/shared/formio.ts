/**
 * What a block type needs to describe itself as Form.io components, for the
 * OpenCity export (`src/compile/exporters/formio/`). Each type's `formio`
 * member (in its own folder, `formio.ts`) picks the Form.io component and its
 * OpenCity keys; the helpers here turn the node's *compiled* JSON Schema into
 * Form.io properties (label, validation, options), so that labels, limits and
 * translations come from one place: the compiler.
 *
 * Form.io reads rules as JsonLogic only (`conditional.json`,
 * `calculateValue`): nothing here ever writes JavaScript strings.
 */
import type { FlowNode, JsonLogicRule } from '../../model/types';
import { renderMarkdown } from '../infoText/renderMarkdown';
import type { CompiledNode, JsonSchema, UiSchema } from '../types';

/** One Form.io component, as Form.io's JSON holds it. */
export interface FormioComponent {
  type: string;
  key: string;
  label?: string;
  input?: boolean;
  components?: FormioComponent[];
  [property: string]: unknown;
}

/** What the exporter hands to a type's `formio` member. */
export interface FormioContext {
  /** Language of the texts ('it' by default). */
  language: string;
  /** The node compiled as the citizen flow compiles it (labels, limits, options in the target language). */
  compiled(node: FlowNode): CompiledNode;
  /** Components of a container's children, each with its own visibility already attached. */
  children(nodes: readonly FlowNode[]): FormioComponent[];
  /**
   * Gives `component` a JsonLogic `calculateValue` from one of the node's
   * rules (an amount), translated for Form.io; when Form.io cannot run it the
   * component keeps no formula and a warning says so. `pointer` is relative
   * to the node (`/props/amount`).
   */
  calculate(component: FormioComponent, rule: JsonLogicRule, pointer: string, wrap?: (rule: JsonLogicRule) => JsonLogicRule): void;
  /**
   * The answer our rules name `<node path>.<answerPath>` is stored by Form.io
   * at `<component path>.<formioPath>` (the applicant's `name` lives at
   * `data.completename.data.name`), so conditions over it are rewritten.
   */
  alias(answerPath: string, formioPath: string): void;
  /**
   * An OpenCity key (`email_address`) for a top-level field when no other
   * field took it yet; `fallback` otherwise (two fields cannot share a key).
   */
  conventionKey(key: string, fallback: string): string;
  /** A problem of the export, in Italian; `pointer` relative to the node. */
  warn(message: string, pointer?: string): void;
}

/** The signature of `BlockDefinition.formio`. */
export type FormioExport = (node: FlowNode, ctx: FormioContext) => FormioComponent | FormioComponent[];

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** An HTML block Form.io shows as it is (markdown rendered safely by the same renderer as the preview). */
export function formioContent(key: string, markdown: string, extra: Record<string, unknown> = {}): FormioComponent {
  return { type: 'content', key, input: false, html: renderMarkdown(markdown), ...extra };
}

/** Options of an enum, labelled as the uiSchema says (`ui:enumNames`), else by value. */
export function formioValues(schema: JsonSchema, ui: UiSchema): Array<{ label: string; value: string }> {
  const values = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
  const names = Array.isArray(ui['ui:enumNames']) ? (ui['ui:enumNames'] as unknown[]) : [];
  return values.map((value, i) => ({ label: typeof names[i] === 'string' ? (names[i] as string) : value, value }));
}

/** Form.io `validate` from a JSON Schema: required, lengths, pattern, range. */
export function formioValidate(schema: JsonSchema, required: boolean, pattern?: string): Record<string, unknown> {
  const validate: Record<string, unknown> = { required };
  if (num(schema.minLength) !== undefined) validate.minLength = schema.minLength;
  if (num(schema.maxLength) !== undefined) validate.maxLength = schema.maxLength;
  const regex = pattern ?? str(schema.pattern);
  if (regex) validate.pattern = regex;
  if (num(schema.minimum) !== undefined) validate.min = schema.minimum;
  if (num(schema.maximum) !== undefined) validate.max = schema.maximum;
  const messages = schema['x-messages'] as Record<string, unknown> | undefined;
  const message = str(messages?.required);
  if (required && message) validate.customMessage = message;
  return validate;
}

/** Label, help, placeholder, default and validation shared by every input component. */
export function formioInput(
  type: string,
  key: string,
  schema: JsonSchema,
  ui: UiSchema,
  required: boolean,
  extra: Record<string, unknown> = {},
): FormioComponent {
  const component: FormioComponent = { type, key, label: str(schema.title) ?? key, input: true, tableView: true };
  const help = str(ui['ui:help']) ?? str(ui['ui:description']);
  if (help) component.description = help;
  const placeholder = str(ui['ui:placeholder']);
  if (placeholder) component.placeholder = placeholder;
  if (schema.default !== undefined) component.defaultValue = schema.default;
  component.validate = formioValidate(schema, required, extra.pattern as string | undefined);
  delete extra.pattern;
  return Object.assign(component, extra);
}

/** Form.io component of one compiled node whose answer is a plain value: `type` chosen by the block. */
export function formioField(node: FlowNode, ctx: FormioContext, type: string, extra: Record<string, unknown> = {}): FormioComponent {
  const compiled = ctx.compiled(node);
  return formioInput(type, node.key, compiled.schema ?? {}, compiled.uiSchema, compiled.required, extra);
}

/**
 * A calendar date: a text field of HTML type `date`, whose value is `YYYY-MM-DD`
 * exactly as our answers and rules have it. Form.io's datetime component would
 * store an instant with a time zone and load its date picker from a CDN.
 */
export function formioDate(key: string, schema: JsonSchema, ui: UiSchema, required: boolean): FormioComponent {
  return formioInput('textfield', key, schema, ui, required, { inputType: 'date', widget: { type: 'input' } });
}

/**
 * A file upload (`format: data-url`): Form.io's file component, base64 storage so the
 * form needs no file server. The data-url pattern and length limits of our schema
 * become Form.io's own `filePattern` and `fileMaxSize` (passed by the caller).
 */
export function formioFile(key: string, schema: JsonSchema, ui: UiSchema, required: boolean, extra: Record<string, unknown> = {}): FormioComponent {
  const file = formioInput('file', key, schema, ui, required, { storage: 'base64', webcam: false, multiple: false, ...extra });
  file.validate = { required };
  return file;
}

/**
 * A Form.io component that nests others under its key, as our answers nest
 * them: a `container` for one object (a section, an address), a `datagrid`
 * for a list of objects (a repeatable group). Labelled by the schema's title.
 */
export function formioGroup(
  type: 'container' | 'datagrid',
  key: string,
  schema: JsonSchema,
  components: FormioComponent[],
  extra: Record<string, unknown> = {},
): FormioComponent {
  const group: FormioComponent = { type, key, label: str(schema.title) ?? key, input: true, tableView: false, components };
  // A container's label is hidden by default in Form.io; ours names the group.
  if (type === 'container') group.hideLabel = false;
  return Object.assign(group, extra);
}

/**
 * The part of an amount's node before the amount (a benefit, a payment): the
 * text the citizen reads (`info`, rendered) and, when the node also asks
 * something (a notice's code and date), those answers under the node's key.
 */
export function formioInfoAndAnswers(key: string, compiled: CompiledNode): FormioComponent[] {
  const schema = compiled.schema ?? {};
  const ui = compiled.uiSchema;
  const out: FormioComponent[] = [];
  const infoUi = (schema.type === 'object' ? ui.info : ui) as UiSchema | undefined;
  const markdown = str((infoUi?.['ui:options'] as { markdown?: unknown } | undefined)?.markdown);
  if (markdown) out.push(formioContent(`${key}_info`, markdown));
  if (schema.type === 'object') {
    const properties = { ...(schema.properties as Record<string, JsonSchema>) };
    delete properties.info;
    const order = (ui['ui:order'] as string[] | undefined)?.filter((k) => k !== 'info');
    out.push(formioFromSchema(key, { ...schema, properties }, { ...ui, 'ui:order': order }, compiled.required));
  }
  return out;
}

/** A read-only amount in euros, which the form computes (calculateValue) or holds (defaultValue). */
export function formioAmount(key: string, label: string): FormioComponent {
  return { type: 'currency', key, label, input: true, disabled: true, currency: 'EUR', delimiter: true, tableView: true };
}

/**
 * Any compiled answer schema as Form.io components, by its JSON type and
 * format: the composite answers (address, ISEE, booking) and the fallback for
 * a type without its own `formio` member.
 */
export function formioFromSchema(key: string, schema: JsonSchema, ui: UiSchema, required: boolean): FormioComponent {
  const type = schema.type;
  const title = str(schema.title);
  if (type === 'null' || schema.readOnly === true) {
    const options = (ui['ui:options'] ?? {}) as Record<string, unknown>;
    return formioContent(key, str(options.markdown) ?? str(options.text) ?? title ?? '');
  }
  if (type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]) : Object.keys(properties);
    const requiredKeys = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const components = order
      .filter((k) => properties[k])
      .map((k) => formioFromSchema(k, properties[k], (ui[k] ?? {}) as UiSchema, requiredKeys.has(k)));
    return formioGroup('container', key, schema, components);
  }
  if (type === 'array') {
    const items = (schema.items ?? {}) as JsonSchema;
    if (items.format === 'data-url') return formioFile(key, { ...items, title }, ui, required, { multiple: true });
    if (items.type === 'object') {
      const row = formioFromSchema(key, items, (ui.items ?? {}) as UiSchema, false);
      return formioGroup('datagrid', key, schema, row.components ?? []);
    }
    return formioInput('select', key, schema, ui, required, { multiple: true, widget: 'html5', data: { values: formioValues(items, ui) } });
  }
  if (Array.isArray(schema.enum)) {
    return formioInput('select', key, schema, ui, required, { widget: 'html5', data: { values: formioValues(schema, ui) } });
  }
  if (type === 'boolean') return formioInput('checkbox', key, schema, ui, required);
  if (type === 'number' || type === 'integer') {
    if (schema.multipleOf === 0.01) return formioInput('currency', key, schema, ui, required, { currency: 'EUR', delimiter: true });
    return formioInput('number', key, schema, ui, required, type === 'integer' ? { decimalLimit: 0, requireDecimal: false } : {});
  }
  if (schema.format === 'data-url') return formioFile(key, schema, ui, required);
  if (schema.format === 'email') return formioInput('email', key, schema, ui, required);
  if (typeof schema.format === 'string' && schema.format.startsWith('date')) {
    if (schema.format === 'date-time') return formioInput('textfield', key, schema, ui, required, { inputType: 'datetime-local', widget: { type: 'input' } });
    return formioDate(key, schema, ui, required);
  }
  return formioInput('textfield', key, schema, ui, required);
}
