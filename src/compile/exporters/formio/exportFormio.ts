/**
 * A service's citizen flow as a Form.io wizard for OpenCity: one panel per
 * step, each node as the components its block type's `formio` member gives
 * (OpenCity's keys: `applicant`, `payment_amount`, `payment_description`,
 * `email_address`), visibility as `conditional.json` and computed amounts as
 * `calculateValue`, both JsonLogic translated by `translateRule` — never
 * JavaScript. What Form.io cannot express is listed in `warnings`, with the
 * JSON pointer of the node, and left out of the component (said in the warning).
 *
 * Labels, limits and options come from `compile()`, so the export says what
 * our preview says, in the same language.
 */
import { formioExportOf } from '../../../blocks/formioExports';
import { defaultRegistry, type BlockRegistry } from '../../../blocks/registry';
import { formioContent, formioFromSchema, type FormioComponent, type FormioContext } from '../../../blocks/shared/formio';
import type { CompiledNode, JsonSchema, UiSchema } from '../../../blocks/types';
import type { Issue } from '../../../model/issues';
import type { FlowNode, JsonLogicRule, ServiceDefinition } from '../../../model/types';
import { compile } from '../../compile';
import { translateRule } from './translateRule';

/** A Form.io form definition (the JSON Form.io's builder saves). */
export interface FormioForm {
  display: 'wizard';
  type: 'form';
  title: string;
  name: string;
  path: string;
  components: FormioComponent[];
  properties: Record<string, string>;
}

export interface FormioExportResult {
  form: FormioForm;
  /** What would export badly, in Italian, with JSON pointers into the definition. */
  warnings: Issue[];
  /** Our answer path (`richiedente.name`) → Form.io data path (`applicant.data.completename.data.name`). */
  paths: Record<string, string>;
}

/** One node of the tree of exported nodes, to resolve answer paths once every key is known. */
interface Placed {
  node: FlowNode;
  parent?: Placed;
  /** The parent is a repeatable group: Form.io reads the node through `row`. */
  inList: boolean;
  formioKey: string;
  aliases: Array<[string, string]>;
}

interface PendingRule {
  component: FormioComponent;
  property: 'conditional' | 'calculateValue';
  rule: JsonLogicRule;
  pointer: string;
  /** The repeatable group whose items the rule may name directly. */
  list?: Placed;
  wrap?: (rule: JsonLogicRule) => JsonLogicRule;
  what: string;
}

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'servizio';

/** Exports `def` as a Form.io wizard. Never throws on broken props: problems become warnings. */
export function exportFormio(
  def: ServiceDefinition,
  registry: BlockRegistry = defaultRegistry,
  options: { language?: string } = {},
): FormioExportResult {
  const flow = compile(def, registry, options);
  const warnings: Issue[] = [];
  const pending: PendingRule[] = [];
  const placed: Placed[] = [];
  const topKeys = new Set(def.steps.flatMap((s) => s.nodes.map((n) => n.key)));
  const claimed = new Set<string>();

  // The node being exported, with its compiled schema scope and pointer.
  interface Frame {
    node: FlowNode;
    pointer: string;
    compiled: CompiledNode;
    placed: Placed;
    list?: Placed;
  }
  let frame: Frame | undefined;

  const ctx: FormioContext = {
    language: flow.language,
    compiled: (node) => (frame && frame.node === node ? frame.compiled : { schema: {}, uiSchema: {}, required: false }),
    children: (nodes) => {
      if (!frame) return [];
      const parent = frame;
      const schema = parent.compiled.schema ?? {};
      const isList = schema.type === 'array';
      const inner = (isList ? schema.items : schema) as JsonSchema | undefined;
      const innerUi = (isList ? parent.compiled.uiSchema.items : parent.compiled.uiSchema) as UiSchema | undefined;
      const out = exportNodes(nodes, inner ?? {}, innerUi ?? {}, `${parent.pointer}/children`, parent.placed, isList, isList ? parent.placed : parent.list);
      frame = parent;
      return out;
    },
    calculate: (component, rule, pointer, wrap) => {
      if (!frame) return;
      pending.push({ component, property: 'calculateValue', rule, pointer: frame.pointer + pointer, list: frame.list, wrap, what: component.label ?? component.key });
    },
    alias: (ours, theirs) => frame?.placed.aliases.push([ours, theirs]),
    conventionKey: (key, fallback) => {
      const topLevel = frame && !frame.placed.parent;
      if (!topLevel || claimed.has(key) || topKeys.has(key)) return fallback;
      claimed.add(key);
      return key;
    },
    warn: (message, pointer = '') => warnings.push({ path: (frame?.pointer ?? '') + pointer, message }),
  };

  function exportNode(node: FlowNode, compiled: CompiledNode, pointer: string, parent: Placed | undefined, inList: boolean, list: Placed | undefined): FormioComponent[] {
    const entry: Placed = { node, parent, inList, formioKey: node.key, aliases: [] };
    placed.push(entry);
    const block = registry.get(node.type);
    const formio = block && formioExportOf(block);
    const outer = frame;
    frame = { node, pointer, compiled, placed: entry, list };
    let components: FormioComponent[];
    try {
      if (!block) {
        warnings.push({ path: pointer, message: `Tipo «${node.type}» sconosciuto: esportato come testo informativo, senza risposta` });
        components = [formioContent(node.key, `Elemento di tipo «${node.type}» non esportabile.`)];
      } else if (!formio) {
        warnings.push({ path: pointer, message: `«${block.label.it}» non ha un’esportazione Form.io dedicata: esportato dal suo schema` });
        components = [formioFromSchema(node.key, compiled.schema ?? {}, compiled.uiSchema, compiled.required)];
      } else {
        const out = formio(node, ctx);
        components = Array.isArray(out) ? out : [out];
      }
    } catch (error) {
      warnings.push({ path: pointer, message: `«${node.key}» non esportabile in Form.io: ${(error as Error).message}` });
      components = [];
    } finally {
      frame = outer;
    }
    const main = components.find((c) => c.input === true) ?? components[0];
    if (main) entry.formioKey = main.key;
    if (node.visibleIf !== undefined) {
      for (const component of components) {
        pending.push({ component, property: 'conditional', rule: node.visibleIf, pointer: `${pointer}/visibleIf`, list, what: `«${node.key}»` });
      }
    }
    return components;
  }

  function exportNodes(
    nodes: readonly FlowNode[],
    schema: JsonSchema,
    ui: UiSchema,
    base: string,
    parent: Placed | undefined,
    inList: boolean,
    list: Placed | undefined,
  ): FormioComponent[] {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    return nodes.flatMap((node, i) => {
      const compiled: CompiledNode = {
        schema: properties[node.key],
        uiSchema: (ui[node.key] ?? {}) as UiSchema,
        required: required.has(node.key),
      };
      return exportNode(node, compiled, `${base}/${i}`, parent, inList, list);
    });
  }

  const panels: FormioComponent[] = def.steps.map((step, i) => {
    const compiledStep = flow.steps[i];
    const panel: FormioComponent = {
      type: 'panel',
      key: `page${i + 1}`,
      title: compiledStep?.title ?? step.title,
      label: compiledStep?.title ?? step.title,
      input: false,
      breadcrumbClickable: true,
      buttonSettings: { previous: true, cancel: false, next: true },
      components: exportNodes(step.nodes, compiledStep?.schema ?? {}, compiledStep?.uiSchema ?? {}, `/steps/${i}/nodes`, undefined, false, undefined),
    };
    const description = compiledStep?.description;
    if (description) panel.components!.unshift(formioContent(`page${i + 1}_intro`, description));
    if (step.visibleIf !== undefined) {
      pending.push({ component: panel, property: 'conditional', rule: step.visibleIf, pointer: `/steps/${i}/visibleIf`, what: `il passo «${step.title}»` });
    }
    return panel;
  });

  const paths = answerPaths(placed);
  for (const item of pending) {
    const resolve = (path: string) => resolvePath(path, paths, item.list);
    const result = translateRule(item.rule, resolve);
    if (!result.ok) {
      const ops = result.unsupported.map((op) => `«${op}»`).join(', ');
      const effect = item.property === 'conditional' ? 'esportato sempre visibile' : 'esportato senza calcolo';
      warnings.push({ path: item.pointer, message: `Form.io non sa calcolare ${ops}: ${item.what} ${effect}` });
      continue;
    }
    const rule = item.wrap ? item.wrap(result.rule) : result.rule;
    if (item.property === 'conditional') item.component.conditional = { json: rule };
    else item.component.calculateValue = rule;
  }

  const title = def.card.title;
  return {
    form: {
      display: 'wizard',
      type: 'form',
      title,
      name: slug(title).replace(/-/g, '_'),
      path: slug(title),
      components: panels,
      properties: { mattoncini_service_id: def.id, mattoncini_revision: String(def.revision) },
    },
    warnings,
    paths: Object.fromEntries([...paths].map(([ours, at]) => [ours, at.full])),
  };
}

/** Where Form.io keeps an answer: its data path, and whether it is relative to a list row. */
interface FormioPath {
  path: string;
  /** From the form's data, through the list (`nucleo.componente_nome` for a row's field). */
  full: string;
  /** The repeatable group's answer path when the answer lives in its rows. */
  list?: string;
}

/** Our answer path → Form.io path, for every exported node and alias. */
function answerPaths(placed: readonly Placed[]): Map<string, FormioPath> {
  const ours = new Map<Placed, string>();
  const theirs = new Map<Placed, string>();
  const ourPath = (p: Placed): string => {
    let path = ours.get(p);
    if (path === undefined) {
      path = p.parent ? `${ourPath(p.parent)}.${p.node.key}` : p.node.key;
      ours.set(p, path);
    }
    return path;
  };
  // Inside a list the Form.io path is relative to the row.
  const theirPath = (p: Placed): string => {
    let path = theirs.get(p);
    if (path === undefined) {
      path = p.parent && !p.inList ? `${theirPath(p.parent)}.${p.formioKey}` : p.formioKey;
      theirs.set(p, path);
    }
    return path;
  };
  const fullPath = (p: Placed): string => (p.inList && p.parent ? `${fullPath(p.parent)}.${theirPath(p)}` : theirPath(p));
  const map = new Map<string, FormioPath>();
  for (const p of placed) {
    const list = p.inList && p.parent ? ourPath(p.parent) : undefined;
    map.set(ourPath(p), { path: theirPath(p), full: fullPath(p), list });
    for (const [a, b] of p.aliases) map.set(`${ourPath(p)}.${a}`, { path: `${theirPath(p)}.${b}`, full: `${fullPath(p)}.${b}`, list });
  }
  return map;
}

/**
 * The Form.io variable for an answer path: `data.<path>` for answers, `row.<path>`
 * for the item fields of the repeatable group the rule sits in; the longest
 * known prefix is rewritten, the rest (a composite's part) kept.
 */
function resolvePath(path: string, paths: Map<string, FormioPath>, list: Placed | undefined): string {
  if (path === '') return list ? 'row' : 'data';
  const listPath = list ? pathOfList(list, paths) : undefined;
  const candidates: Array<[string, number]> = listPath ? [[`${listPath}.${path}`, listPath.length], [path, 0]] : [[path, 0]];
  for (const [candidate, floor] of candidates) {
    let prefix = candidate;
    // A row's own field is looked up below the list, never as the list itself.
    while (prefix.length > floor) {
      const found = paths.get(prefix);
      if (found) {
        const rest = candidate.slice(prefix.length);
        return `${found.list ? 'row' : 'data'}.${found.path}${rest}`;
      }
      const dot = prefix.lastIndexOf('.');
      prefix = dot < 0 ? '' : prefix.slice(0, dot);
    }
  }
  return `data.${path}`;
}

function pathOfList(list: Placed, paths: Map<string, FormioPath>): string | undefined {
  const segments: string[] = [];
  for (let p: Placed | undefined = list; p; p = p.parent) segments.unshift(p.node.key);
  const path = segments.join('.');
  return paths.has(path) ? path : undefined;
}
