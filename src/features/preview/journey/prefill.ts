/**
 * Prefilling answers from the digital identity, and reading an identity back
 * from answers (a saved persona). Compiled schemas mark the fields an
 * identity fills with `x-prefill: <SPID attribute>` (see the applicant block).
 */
import type { FlowAnswers } from '../../../runtime/engine';
import { isAnswered, valueAt } from '../../../runtime/engine';
import type { CitizenIdentity } from './identities';

type Schema = { properties?: Record<string, Schema>; 'x-prefill'?: string; type?: unknown };

/** Every `[path, attribute]` of the `x-prefill` fields of the given step schemas (objects only, not list items). */
export function prefillPaths(schemas: readonly object[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (schema: Schema, prefix: string) => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof child['x-prefill'] === 'string') out.push([path, child['x-prefill']]);
      if (child.properties) walk(child, path);
    }
  };
  schemas.forEach((schema) => walk(schema as Schema, ''));
  return out;
}

/** `answers` with `value` at the dotted `path`, copying only the objects on the way. */
function setAt(answers: FlowAnswers, path: string, value: unknown): FlowAnswers {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...answers, [head]: value };
  const inner = answers[head];
  const base = inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as FlowAnswers) : {};
  return { ...answers, [head]: setAt(base, rest.join('.'), value) };
}

/** The answers with every identity field filled where the citizen has not answered yet. */
export function prefillFromIdentity(schemas: readonly object[], answers: FlowAnswers, identity: CitizenIdentity): FlowAnswers {
  let out = answers;
  for (const [path, attribute] of prefillPaths(schemas)) {
    const value = identity[attribute as keyof CitizenIdentity];
    if (value === undefined || isAnswered(valueAt(out, path))) continue;
    out = setAt(out, path, value);
  }
  return out;
}

/** The identity found in saved answers (a persona's applicant), or undefined without name and surname. */
export function identityFromAnswers(schemas: readonly object[], answers: FlowAnswers): CitizenIdentity | undefined {
  const found: Record<string, string> = {};
  for (const [path, attribute] of prefillPaths(schemas)) {
    const value = valueAt(answers, path);
    if (typeof value === 'string' && value.trim() && found[attribute] === undefined) found[attribute] = value;
  }
  if (!found.name || !found.familyName) return undefined;
  return { fiscalNumber: '', ...found } as unknown as CitizenIdentity;
}
