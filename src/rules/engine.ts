/**
 * Our handle on json-logic-js, with the extra operations registered.
 *
 * json-logic-js keeps one operation table per loaded copy of the library,
 * shared by everyone who imports it. We therefore only *add* our own names
 * (never remove or replace standard ones), do it once at module load, and do
 * it idempotently: registering the same functions again (hot reload, a second
 * bundle chunk) changes nothing. Rules reach this engine only through
 * `evaluateRule`, which first checks them against the catalog, so operations
 * someone else might register globally are not reachable from stored rules.
 */
import * as jsonLogicModule from 'json-logic-js';
import { EXTRA_OPERATIONS } from './operations';

type JsonLogicApi = Pick<typeof jsonLogicModule, 'apply' | 'add_operation' | 'truthy'>;

// json-logic-js is a UMD file: bundlers expose its functions on the namespace,
// while Node's ESM loader exposes only `default`. Accept both.
const api: JsonLogicApi =
  (jsonLogicModule as unknown as { default?: JsonLogicApi }).default ?? (jsonLogicModule as JsonLogicApi);

const REGISTERED = Symbol.for('mattoncini.rules.extraOperations');

function registerExtraOperations(): void {
  const marker = api as unknown as Record<symbol, unknown>;
  if (marker[REGISTERED] === EXTRA_OPERATIONS) return;
  for (const [name, fn] of Object.entries(EXTRA_OPERATIONS)) {
    api.add_operation(name, fn as (...args: unknown[]) => unknown);
  }
  marker[REGISTERED] = EXTRA_OPERATIONS;
}

registerExtraOperations();

/** Applies an already-checked rule. May throw (e.g. on stack overflow): callers catch. */
export function applyRule(rule: unknown, data: unknown): unknown {
  return api.apply(rule as Parameters<JsonLogicApi['apply']>[0], data);
}

/** JsonLogic truthiness: like JavaScript, except that an empty list is false. */
export function isTruthy(value: unknown): boolean {
  return api.truthy(value);
}
