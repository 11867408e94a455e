/**
 * The one way into the app for a saved service definition (IndexedDB, file
 * import, later sync): parse → migrate by formatVersion → validate.
 */
import type { Issue } from './issues';
import { parseJson } from './jsonSyntax';
import { restoreMessages as msg } from './messages.it';
import { migrate } from './migrations';
import { toPlainJson } from './plainJson';
import type { FlowNode, ServiceDefinition } from './types';
import { validate } from './validate';

export type { Issue } from './issues';

/**
 * A loaded definition with non-blocking warnings, or the reasons it cannot
 * be loaded. A failure never carries a definition: nothing is half-loaded.
 */
export type RestoreResult =
  | { ok: true; definition: ServiceDefinition; warnings: Issue[] }
  | { ok: false; errors: Issue[] };

export interface RestoreOptions {
  /** Node types this app knows (the block registry's); others are kept and reported as warnings. */
  knownTypes?: ReadonlySet<string>;
}

const failure = (errors: Issue[]): RestoreResult => ({ ok: false, errors });

function unknownTypeWarnings(def: ServiceDefinition, knownTypes: ReadonlySet<string>): Issue[] {
  const warnings: Issue[] = [];
  const visit = (nodes: readonly FlowNode[], path: string) =>
    nodes.forEach((node, index) => {
      const nodePath = `${path}/${index}`;
      if (!knownTypes.has(node.type)) warnings.push({ path: `${nodePath}/type`, message: msg.unknownType(node.type) });
      if (node.children) visit(node.children, `${nodePath}/children`);
    });
  def.steps.forEach((step, index) => visit(step.nodes, `/steps/${index}/nodes`));
  return warnings;
}

function restoreOrFail(input: unknown, options: RestoreOptions): RestoreResult {
  let plain;
  if (typeof input === 'string') {
    // JSON.parse already yields a fresh value: check it, do not copy it again.
    const parsed = parseJson(input);
    if (!parsed.ok) return failure(parsed.errors);
    plain = toPlainJson(parsed.value, false);
  } else {
    plain = toPlainJson(input, true);
  }
  if (!plain.ok) return failure(plain.errors);
  const migrated = migrate(plain.value);
  if (!migrated.ok) return failure(migrated.errors);
  const errors = validate(migrated.doc);
  if (errors.length > 0) return failure(errors);
  const definition = migrated.doc as ServiceDefinition;
  const knownTypes = options.knownTypes;
  const warnings = knownTypes ? unknownTypeWarnings(definition, knownTypes) : [];
  return { ok: true, definition, warnings };
}

/**
 * Loads a service definition from JSON text or an already-parsed value:
 * parses (Italian message with line and column on a syntax error), copies it
 * into plain data detached from the input, migrates it to the current
 * format, validates it. Never throws, whatever the input.
 */
export function restore(input: unknown, options: RestoreOptions = {}): RestoreResult {
  try {
    return restoreOrFail(input, options ?? {});
  } catch (error) {
    // Last resort (e.g. an exotic object that fooled the checks, a stack
    // overflow): still an answer, never an exception.
    let detail = 'errore inatteso';
    try {
      if (error instanceof Error && typeof error.message === 'string') detail = error.message;
    } catch {
      // keep the generic detail
    }
    return failure([{ path: '', message: msg.unreadable(detail) }]);
  }
}
