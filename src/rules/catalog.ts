/**
 * The operator catalog: every operation a stored rule may use (standard
 * JsonLogic plus our extras), with its arity and the kind of value it yields.
 * Evaluation (safety check), lint and description all read this one table, so
 * they can never disagree about what exists.
 */

/** What lint can know statically about a value. `any` = unknown / depends on data. */
export type StaticType = 'number' | 'text' | 'date' | 'boolean' | 'list' | 'any';

export interface OperationInfo {
  readonly minArgs: number;
  /** `Infinity` for variadic operations. */
  readonly maxArgs: number;
  readonly result: StaticType;
  /** One of Mattoncini's extra operations (documented in README.md). */
  readonly extra?: boolean;
  /** Evaluates its second argument once per item of the list in its first (scoped `var`). */
  readonly scoped?: boolean;
}

const op = (minArgs: number, maxArgs: number, result: StaticType, more: Partial<OperationInfo> = {}): OperationInfo => ({
  minArgs,
  maxArgs,
  result,
  ...more,
});
const N = Infinity;

/** Standard JsonLogic operations we accept (all of json-logic-js 2.0 except `log`, which writes to the console). */
export const STANDARD_OPERATIONS: Readonly<Record<string, OperationInfo>> = Object.freeze({
  var: op(0, 2, 'any'),
  missing: op(1, N, 'list'),
  missing_some: op(2, 2, 'list'),
  if: op(1, N, 'any'),
  '==': op(2, 2, 'boolean'),
  '===': op(2, 2, 'boolean'),
  '!=': op(2, 2, 'boolean'),
  '!==': op(2, 2, 'boolean'),
  '!': op(1, 1, 'boolean'),
  '!!': op(1, 1, 'boolean'),
  and: op(1, N, 'any'),
  or: op(1, N, 'any'),
  '>': op(2, 2, 'boolean'),
  '>=': op(2, 2, 'boolean'),
  '<': op(2, 3, 'boolean'),
  '<=': op(2, 3, 'boolean'),
  max: op(1, N, 'number'),
  min: op(1, N, 'number'),
  '+': op(1, N, 'number'),
  '-': op(1, 2, 'number'),
  '*': op(1, N, 'number'),
  '/': op(2, 2, 'number'),
  '%': op(2, 2, 'number'),
  map: op(2, 2, 'list', { scoped: true }),
  filter: op(2, 2, 'list', { scoped: true }),
  reduce: op(2, 3, 'any', { scoped: true }),
  all: op(2, 2, 'boolean', { scoped: true }),
  none: op(2, 2, 'boolean', { scoped: true }),
  some: op(2, 2, 'boolean', { scoped: true }),
  merge: op(0, N, 'list'),
  in: op(2, 2, 'boolean'),
  cat: op(0, N, 'text'),
  substr: op(2, 3, 'text'),
});

/** Mattoncini's extra operations (implemented in `operations.ts`). */
export const EXTRA_OPERATION_INFO: Readonly<Record<string, OperationInfo>> = Object.freeze({
  today: op(0, 0, 'date', { extra: true }),
  age: op(1, 2, 'number', { extra: true }),
  days_between: op(2, 2, 'number', { extra: true }),
  round: op(1, 2, 'number', { extra: true }),
  floor: op(1, 2, 'number', { extra: true }),
  ceil: op(1, 2, 'number', { extra: true }),
  count: op(1, 1, 'number', { extra: true }),
  sum_of: op(1, 2, 'number', { extra: true }),
  bracket: op(3, 3, 'any', { extra: true }),
});

/** Operations json-logic-js knows but stored rules may not use, with the reason shown to officials. */
export const FORBIDDEN_OPERATIONS: Readonly<Record<string, string>> = Object.freeze({
  log: 'scrive nella console del browser e non serve alle regole di un servizio',
});

/** Catalog entry of an operation, or `undefined` when it is not allowed (unknown, forbidden, dotted). */
export function operationInfo(name: string): OperationInfo | undefined {
  // Own-property lookups only: "constructor" or "toString" must never look like operations.
  if (Object.prototype.hasOwnProperty.call(STANDARD_OPERATIONS, name)) return STANDARD_OPERATIONS[name];
  if (Object.prototype.hasOwnProperty.call(EXTRA_OPERATION_INFO, name)) return EXTRA_OPERATION_INFO[name];
  return undefined;
}

/** Path segments that reach into JavaScript internals instead of answers. */
export const UNSAFE_PATH_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** The arguments of an operation as a list (JsonLogic allows `{"!": x}` for `{"!": [x]}`). */
export function argumentsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** True for a JsonLogic operation node: a plain object with exactly one key. */
export function isOperation(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}

/** The operator of an operation node. */
export function operatorOf(node: Record<string, unknown>): string {
  return Object.keys(node)[0];
}
