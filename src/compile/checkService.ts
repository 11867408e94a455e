/**
 * The full check of a service definition file, as `npm run validate` and
 * imports need it: the format (restore: parse, migrate, validate), the props
 * of every node against its type's props schema, and the lint of every rule.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { restore } from '../model/restore';
import { issuesFromAjv } from '../model/validate';
import { walkNodes } from '../model/tree';
import type { Issue } from '../model/issues';
import type { ServiceDefinition } from '../model/types';
import { defaultRegistry, type BlockRegistry } from '../blocks/registry';
import { patternExtraRules } from '../blocks/patternRules';
import { lintDefinitionRules } from '../rules/lintDefinition';
import { compile } from './compile';
import { exportFormio } from './exporters/formio/exportFormio';
import { siteReadiness } from './exporters/siteReadiness';
import { fieldCatalog, fieldMapOf } from './fieldCatalog';

export type CheckResult =
  | { ok: true; definition: ServiceDefinition; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const propsValidators = new WeakMap<object, ValidateFunction>();

function propsValidator(schema: object): ValidateFunction {
  let validator = propsValidators.get(schema);
  if (!validator) {
    validator = ajv.compile(schema);
    propsValidators.set(schema, validator);
  }
  return validator;
}

/** JSON pointers of every node, in document order, keyed by node id. */
function nodePointers(def: ServiceDefinition): Map<string, string> {
  const pointers = new Map<string, string>();
  def.steps.forEach((step, i) => {
    const visitList = (nodes: ServiceDefinition['steps'][number]['nodes'], base: string) =>
      nodes.forEach((node, j) => {
        pointers.set(node.id, `${base}/${j}`);
        if (node.children) visitList(node.children, `${base}/${j}/children`);
      });
    visitList(step.nodes, `/steps/${i}/nodes`);
  });
  return pointers;
}

/** Props that do not match their type's props schema, with pointers into the file. */
export function propsIssues(def: ServiceDefinition, registry: BlockRegistry = defaultRegistry): Issue[] {
  const pointers = nodePointers(def);
  const issues: Issue[] = [];
  walkNodes(def, (node) => {
    const block = registry.get(node.type);
    if (!block) return;
    const check = propsValidator(block.propsSchema);
    if (check(node.props)) return;
    const base = `${pointers.get(node.id)}/props`;
    for (const issue of issuesFromAjv(check.errors ?? [])) {
      issues.push({ path: `${base}${issue.path}`, message: `${block.label.it}: ${issue.message}` });
    }
  });
  return issues;
}

/** Checks a service definition given as JSON text or a parsed value. Never throws. */
export function checkService(input: unknown, registry: BlockRegistry = defaultRegistry): CheckResult {
  const knownTypes = new Set(registry.all().map((b) => b.type));
  const restored = restore(input, { knownTypes });
  if (!restored.ok) return { ok: false, errors: restored.errors, warnings: [] };
  const def = restored.definition;
  const warnings: Issue[] = [...restored.warnings];
  const errors: Issue[] = propsIssues(def, registry);
  try {
    const flow = compile(def, registry);
    for (const w of flow.warnings) warnings.push({ path: nodePointers(def).get(w.nodeId) ?? '', message: w.message });
    for (const issue of lintDefinitionRules(def, fieldMapOf(fieldCatalog(flow)), patternExtraRules(registry))) {
      (issue.severity === 'error' ? errors : warnings).push({ path: issue.path, message: issue.message });
    }
  } catch (error) {
    errors.push({ path: '', message: `Il servizio non si può compilare: ${(error as Error).message}` });
  }
  return errors.length ? { ok: false, errors, warnings } : { ok: true, definition: def, warnings };
}

/**
 * What would export badly, as warnings (the service stays valid): rules and
 * settings Form.io cannot express in the OpenCity export (the component goes
 * out without them), and card sections the website export would leave empty
 * or too short for the national checker. Kept apart from `checkService`,
 * whose warnings are about the file itself. Never throws.
 */
export function exportWarnings(def: ServiceDefinition, registry: BlockRegistry = defaultRegistry): Issue[] {
  const warnings: Issue[] = [];
  try {
    for (const w of exportFormio(def, registry).warnings) warnings.push({ path: w.path, message: `Esportazione Form.io (OpenCity): ${w.message}` });
  } catch (error) {
    warnings.push({ path: '', message: `Esportazione Form.io (OpenCity) non riuscita: ${(error as Error).message}` });
  }
  try {
    for (const issue of siteReadiness(def)) warnings.push({ path: issue.path, message: `Sito del Comune: ${issue.message}` });
  } catch (error) {
    warnings.push({ path: '', message: `Controllo della pagina del sito non riuscito: ${(error as Error).message}` });
  }
  return warnings;
}
