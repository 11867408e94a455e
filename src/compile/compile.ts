/**
 * Service definition → citizen flow. Pure and fast: one pass over the nodes,
 * no Ajv, no deep clones (compile() of a 1,000-field service runs in a
 * couple of milliseconds). Visibility rules are not applied here; they are
 * kept as `x-visible-if` for the runtime engine.
 */
import { defaultRegistry, type BlockRegistry } from '../blocks/registry';
import { messagesFor } from '../blocks/shared/messages';
import { NOTICE_FIELD } from '../blocks/shared/uiFields';
import type { CompileContext, CompiledNode, JsonSchema, UiSchema } from '../blocks/types';
import type { FlowNode, ServiceDefinition } from '../model/types';
import type { CompileOptions, CompiledFlow, CompiledStep, CompileWarning } from './types';

type Overrides = Map<string, Record<string, string>>;

/**
 * Texts of the target language, indexed by node id. Built once per compile,
 * only when the target differs from the service's default language.
 */
function translationIndex(def: ServiceDefinition, language: string): Overrides | null {
  if (language === def.languages?.default) return null;
  const texts = def.translations?.[language];
  if (!texts) return null;
  const index: Overrides = new Map();
  for (const path in texts) {
    const first = path.indexOf('.');
    const second = path.indexOf('.', first + 1);
    if (first < 0 || second < 0) continue;
    const scope = path.slice(0, first);
    if (scope !== 'node' && scope !== 'step') continue;
    const id = `${scope}:${path.slice(first + 1, second)}`;
    const entry = index.get(id) ?? {};
    entry[path.slice(second + 1)] = texts[path];
    index.set(id, entry);
  }
  return index;
}

/** The node with its translatable props replaced (top-level strings and option labels). */
function localize(node: FlowNode, overrides: Overrides | null): FlowNode {
  const texts = overrides?.get(`node:${node.id}`);
  if (!texts) return node;
  const props: Record<string, unknown> = { ...node.props };
  for (const prop in texts) {
    if (prop.startsWith('options.')) continue;
    if (typeof props[prop] === 'string' || props[prop] === undefined) props[prop] = texts[prop];
  }
  if (Array.isArray(props.options)) {
    props.options = props.options.map((o: unknown) => {
      const value = (o as { value?: unknown })?.value;
      const label = typeof value === 'string' ? texts[`options.${value}`] : undefined;
      return label ? { ...(o as object), label } : o;
    });
  }
  return { ...node, props };
}

/**
 * Compiles a service definition into its citizen flow.
 *
 * Unknown node types (from a newer file) become a read-only notice in place
 * and are listed in `unknownTypes`; a block whose compile() throws on broken
 * props becomes a notice too and a warning. Nothing is dropped, nothing throws.
 */
export function compile(
  def: ServiceDefinition,
  registry: BlockRegistry = defaultRegistry,
  options: CompileOptions = {},
): CompiledFlow {
  const language = options.language ?? def.languages?.default ?? 'it';
  const overrides = translationIndex(def, language);
  const m = messagesFor(language);
  const unknownTypes: string[] = [];
  const warnings: CompileWarning[] = [];
  let nodeIds: Record<string, string> = {};

  const notice = (text: string, extra: JsonSchema): CompiledNode => ({
    schema: { type: 'null', readOnly: true, ...extra },
    uiSchema: { 'ui:field': NOTICE_FIELD, 'ui:options': { text } },
    required: false,
  });

  const compileNodes = (nodes: readonly FlowNode[]): { schema: JsonSchema; uiSchema: UiSchema } => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const order: string[] = [];
    const uiSchema: UiSchema = {};
    for (const node of nodes) {
      let key = node.key;
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        // Keys are unique by contract; a broken file must still render every node.
        let n = 2;
        while (Object.prototype.hasOwnProperty.call(properties, `${node.key}_${n}`)) n++;
        key = `${node.key}_${n}`;
        warnings.push({ nodeId: node.id, message: `Chiave «${node.key}» duplicata: rinominata in «${key}»` });
      }
      nodeIds[key] = node.id;

      const block = registry.get(node.type);
      let compiled: CompiledNode;
      if (!block) {
        if (!unknownTypes.includes(node.type)) unknownTypes.push(node.type);
        compiled = notice(m.unsupported(node.type), { 'x-unknown-type': node.type });
      } else {
        try {
          compiled = block.compile(localize(node, overrides), ctx);
        } catch (error) {
          warnings.push({ nodeId: node.id, message: `Elemento «${node.key}» non compilabile: ${String(error)}` });
          compiled = notice(m.invalid(block.label.it), { 'x-broken': true });
        }
      }

      // Nodes without an answer (informative text) get a display-only slot:
      // rjsf only renders what the schema lists.
      let schema = compiled.schema ?? { type: 'null', readOnly: true, 'x-display': true };
      if (node.visibleIf !== undefined) schema = { ...schema, 'x-visible-if': node.visibleIf };
      properties[key] = schema;
      uiSchema[key] = compiled.uiSchema;
      order.push(key);
      if (compiled.required && compiled.schema) required.push(key);
    }
    uiSchema['ui:order'] = order;
    return { schema: { type: 'object', properties, required }, uiSchema };
  };

  const ctx: CompileContext = { language, compileChildren: compileNodes };

  const steps: CompiledStep[] = def.steps.map((step, index) => {
    nodeIds = {};
    const { schema, uiSchema } = compileNodes(step.nodes);
    // A sensible default; the runtime may relabel it when later steps are hidden.
    uiSchema['ui:submitButtonOptions'] = { submitText: index === def.steps.length - 1 ? m.send : m.next };
    const texts = overrides?.get(`step:${step.id}`);
    const compiled: CompiledStep = { id: step.id, title: texts?.title ?? step.title, schema, uiSchema, nodeIds };
    const description = texts?.description ?? step.description;
    if (description !== undefined) compiled.description = description;
    if (step.visibleIf !== undefined) compiled.visibleIf = step.visibleIf;
    return compiled;
  });

  return { language, steps, formats: registry.formats(), unknownTypes, warnings };
}
