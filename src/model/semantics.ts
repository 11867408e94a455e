/**
 * Checks that the JSON Schema cannot express: unique ids and field keys,
 * a coherent opening window, a default language that is available.
 *
 * They run on any value, also one that failed the schema, so that a user sees
 * every problem at once; hence every access is guarded.
 */
import { childPath, type Issue } from './issues';
import { semanticMessages as msg } from './messages.it';

/**
 * How deep nodes may nest (a step's top level is 1). Real services use 2–3
 * levels; the bound keeps every recursive walker (here, in the editor, in the
 * compiler) far from the call-stack limit.
 */
export const MAX_NODE_DEPTH = 32;

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Reports a second use of the same value within one namespace (ids of one kind, or keys). */
class UniqueRegistry {
  private readonly seen = new Map<string, string>();
  constructor(
    private readonly issues: Issue[],
    private readonly field: 'id' | 'key',
  ) {}

  add(value: unknown, ownerPath: string): void {
    if (!isString(value) || value === '') return;
    const first = this.seen.get(value);
    if (first === undefined) {
      this.seen.set(value, ownerPath);
      return;
    }
    const message =
      this.field === 'id' ? msg.duplicateId(value, first, ownerPath) : msg.duplicateKey(value, first, ownerPath);
    this.issues.push({ path: childPath(ownerPath, this.field), message });
  }
}

function checkNodes(
  nodes: unknown,
  path: string,
  depth: number,
  ids: UniqueRegistry,
  keys: UniqueRegistry,
  issues: Issue[],
): void {
  if (!Array.isArray(nodes)) return;
  if (depth > MAX_NODE_DEPTH) {
    issues.push({ path, message: msg.tooDeep(MAX_NODE_DEPTH) });
    return;
  }
  nodes.forEach((node, index) => {
    if (!isDict(node)) return;
    const nodePath = childPath(path, index);
    ids.add(node.id, nodePath);
    keys.add(node.key, nodePath);
    checkNodes(node.children, childPath(nodePath, 'children'), depth + 1, ids, keys, issues);
  });
}

function checkUniqueIds(list: unknown, path: string, issues: Issue[]): void {
  if (!Array.isArray(list)) return;
  const ids = new UniqueRegistry(issues, 'id');
  list.forEach((item, index) => {
    if (isDict(item)) ids.add(item.id, childPath(path, index));
  });
}

function checkSchedule(def: Dict, issues: Issue[]): void {
  const schedule = isDict(def.schedule) ? def.schedule : {};
  const { opensAt, closesAt } = schedule;
  if (def.status === 'scheduled') {
    if (opensAt == null) issues.push({ path: '/schedule/opensAt', message: msg.scheduleNeedsOpening() });
    if (closesAt == null) issues.push({ path: '/schedule/closesAt', message: msg.scheduleNeedsClosing() });
  }
  // Checked for every status: a window saved while suspended is reused later.
  if (isString(opensAt) && isString(closesAt)) {
    const opens = Date.parse(opensAt);
    const closes = Date.parse(closesAt);
    if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) {
      issues.push({ path: '/schedule/closesAt', message: msg.closesBeforeOpening() });
    }
  }
}

function checkLanguages(def: Dict, issues: Issue[]): void {
  const languages = def.languages;
  if (!isDict(languages) || !isString(languages.default) || !Array.isArray(languages.available)) return;
  const available = languages.available.filter(isString);
  if (!available.includes(languages.default)) {
    issues.push({ path: '/languages/default', message: msg.defaultLanguageUnavailable(languages.default, available) });
  }
}

/** Semantic problems of a (possibly schema-invalid) definition, in document order. */
export function semanticIssues(def: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isDict(def)) return issues;
  // checkNodes stops at MAX_NODE_DEPTH, so this never recurses deeply.
  checkSchedule(def, issues);
  checkUniqueIds(def.requirements, '/requirements', issues);
  if (Array.isArray(def.steps)) {
    const stepIds = new UniqueRegistry(issues, 'id');
    // Node ids and keys are unique across the whole service, not per step:
    // answers are stored by key, and the editor finds nodes by id.
    const nodeIds = new UniqueRegistry(issues, 'id');
    const keys = new UniqueRegistry(issues, 'key');
    def.steps.forEach((step, index) => {
      if (!isDict(step)) return;
      const stepPath = childPath('/steps', index);
      stepIds.add(step.id, stepPath);
      checkNodes(step.nodes, childPath(stepPath, 'nodes'), 1, nodeIds, keys, issues);
    });
  }
  checkLanguages(def, issues);
  if (isDict(def.technical)) checkUniqueIds(def.technical.integrations, '/technical/integrations', issues);
  checkUniqueIds(def.personas, '/personas', issues);
  return issues;
}
