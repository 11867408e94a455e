/**
 * Reading a request body as a service definition: the raw JSON text goes
 * through `restore()` (parse → migrate → validate), which names every problem
 * with its JSON path in Italian and never throws.
 */
import { restore, type Issue, type ServiceDefinition } from '../../../src/model';
import { defaultRegistry } from '../../../src/blocks/registry';
import { messages } from '../messages.it';

export type BodyResult = { ok: true; definition: ServiceDefinition } | { ok: false; message: string; issues: Issue[] };

const knownTypes = new Set(defaultRegistry.all().map((block) => block.type));

export function definitionFromBody(body: unknown): BodyResult {
  if (body === undefined || body === null || (typeof body === 'string' && body.trim() === '')) {
    return { ok: false, message: messages.emptyBody, issues: [{ path: '', message: messages.emptyBody }] };
  }
  const result = restore(body, { knownTypes });
  if (!result.ok) return { ok: false, message: messages.invalid(result.errors.length), issues: result.errors };
  return { ok: true, definition: result.definition };
}
