/**
 * The condition model the visual rule builder edits: groups of "tutte" /
 * "almeno una" holding conditions (a field, an operator, a value) and nested
 * groups. Stored rules stay plain JsonLogic; this module converts both ways.
 *
 * `conditionFromJsonLogic` returns `null` for any rule outside what the builder
 * can show (the UI then shows it read-only, described in words), and
 * `conditionFromJsonLogic(conditionToJsonLogic(m))` gives back `m` for every
 * valid model (property-tested).
 */
import type { JsonLogicRule } from '../model/types';
import { argumentsOf, isOperation, operatorOf } from './catalog';
import { OPERATORS, isOperatorFor, type OperatorId, type ValueKind } from './operators';

/** "The day of evaluation" (Europe/Rome) as a date value; stored as `{"today": []}`. */
export interface TodayRef {
  readonly today: true;
}
export const TODAY: TodayRef = Object.freeze({ today: true });

/** A literal a condition compares with. */
export type ScalarValue = string | number | boolean | null;

/**
 * The value of a condition; its shape depends on the operator (see
 * `ValueShape`): `null` for none, a scalar or `TODAY` for single, `[from, to]`
 * for range, a list of choices for list, a number for integer and years.
 */
export type ConditionValue = ScalarValue | TodayRef | ReadonlyArray<string | number | TodayRef>;

export interface Condition {
  /** Answer key; dotted for composite fields (`isee.value`). */
  field: string;
  operator: OperatorId;
  value: ConditionValue;
}

export interface ConditionGroup {
  /** `all`: "tutte le condizioni"; `any`: "almeno una delle condizioni". */
  kind: 'all' | 'any';
  items: ConditionItem[];
}

export type ConditionItem = Condition | ConditionGroup;

/** Looks up the value kind of a field key (from the block registry); `undefined` when unknown. */
export type FieldKinds = (key: string) => ValueKind | undefined;

export function isConditionGroup(item: ConditionItem): item is ConditionGroup {
  return 'items' in item;
}

export function isTodayRef(value: unknown): value is TodayRef {
  return typeof value === 'object' && value !== null && (value as { today?: unknown }).today === true;
}

// ---------------------------------------------------------------- encoding

const fieldVar = (field: string): JsonLogicRule => ({ var: field });
const literal = (value: unknown): JsonLogicRule => {
  if (isTodayRef(value)) return { today: [] };
  if (Array.isArray(value)) return value.map(literal);
  return value === undefined ? null : (value as JsonLogicRule);
};
const asList = (value: ConditionValue): ReadonlyArray<string | number | TodayRef> =>
  Array.isArray(value) ? value : value === null || value === undefined ? [] : [value as string | number];

const COMPARISON: Partial<Record<OperatorId, string>> = { eq: '==', neq: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
const COUNT_OPS: Partial<Record<OperatorId, string>> = { count_gte: '>=', count_lte: '<=', count_eq: '==' };
const AGE_OPS: Partial<Record<OperatorId, string>> = { age_gte: '>=', age_gt: '>', age_lte: '<=', age_lt: '<' };

/** JsonLogic of one condition (canonical form: arguments always in arrays). */
export function encodeCondition({ field, operator, value }: Condition): JsonLogicRule {
  const subject = fieldVar(field);
  const compare = COMPARISON[operator];
  if (compare) return { [compare]: [subject, literal(value)] };
  const countOp = COUNT_OPS[operator];
  if (countOp) return { [countOp]: [{ count: [subject] }, literal(value)] };
  const ageOp = AGE_OPS[operator];
  if (ageOp) return { [ageOp]: [{ age: [subject] }, literal(value)] };
  switch (operator) {
    case 'between': {
      const [from = null, to = from] = asList(value);
      return { '<=': [literal(from), subject, literal(to)] };
    }
    case 'contains':
      return { in: [literal(value), subject] };
    case 'not_contains':
      return { '!': [{ in: [literal(value), subject] }] };
    case 'one_of':
      return { in: [subject, literal(asList(value))] };
    case 'none_of':
      return { '!': [{ in: [subject, literal(asList(value))] }] };
    case 'is_true':
      return { '!!': [subject] };
    case 'is_false':
      return { '!': [subject] };
    case 'is_filled':
      return { '!': [{ missing: [field] }] };
    case 'is_empty':
      return { '!!': [{ missing: [field] }] };
    default:
      throw new Error(`operatore sconosciuto: ${String(operator)}`);
  }
}

function encodeItem(item: ConditionItem): JsonLogicRule {
  if (!isConditionGroup(item)) return encodeCondition(item);
  // An empty "tutte" is vacuously true and an empty "almeno una" false, as in logic.
  if (item.items.length === 0) return item.kind === 'all';
  return { [item.kind === 'all' ? 'and' : 'or']: item.items.map(encodeItem) };
}

/**
 * JsonLogic of a condition group. A top-level "tutte" with a single condition
 * is stored as the bare condition, the form people write by hand.
 */
export function conditionToJsonLogic(group: ConditionGroup): JsonLogicRule {
  const [only] = group.items;
  if (group.kind === 'all' && group.items.length === 1 && !isConditionGroup(only)) return encodeCondition(only);
  return encodeItem(group);
}

// ---------------------------------------------------------------- decoding

type Subject = { kind: 'field' | 'count' | 'age'; field: string };

function varField(rule: unknown): string | null {
  if (!isOperation(rule) || operatorOf(rule) !== 'var') return null;
  const args = argumentsOf(rule.var);
  return args.length === 1 && typeof args[0] === 'string' && args[0] !== '' ? args[0] : null;
}

function subjectOf(rule: unknown): Subject | null {
  const field = varField(rule);
  if (field) return { kind: 'field', field };
  if (!isOperation(rule)) return null;
  const op = operatorOf(rule);
  if (op !== 'count' && op !== 'age') return null;
  const args = argumentsOf(rule[op]);
  const inner = args.length === 1 ? varField(args[0]) : null;
  return inner ? { kind: op, field: inner } : null;
}

const isToday = (rule: unknown): boolean =>
  isOperation(rule) && operatorOf(rule) === 'today' && Array.isArray(rule.today) && rule.today.length === 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isScalar = (v: unknown): v is ScalarValue =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || isFiniteNumber(v);

/** A literal comparison value (scalar, or `{"today": []}`) as a model value; `undefined` if it is not one. */
function valueOf(rule: unknown, allowed: (v: ScalarValue) => boolean): ScalarValue | TodayRef | undefined {
  if (isToday(rule)) return TODAY;
  return isScalar(rule) && allowed(rule) ? rule : undefined;
}
const anyScalar = (): boolean => true;
const orderable = (v: ScalarValue): boolean => typeof v === 'string' || typeof v === 'number';

const FLIPPED: Record<string, string> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const BY_JSON = (table: Partial<Record<OperatorId, string>>, json: string): OperatorId | undefined =>
  (Object.keys(table) as OperatorId[]).find((id) => table[id] === json);

function decodeComparison(op: string, args: unknown[]): Condition | null {
  if (op === '<=' && args.length === 3) {
    const field = varField(args[1]);
    const from = valueOf(args[0], orderable);
    const to = valueOf(args[2], orderable);
    return field && from !== undefined && to !== undefined ? { field, operator: 'between', value: [from, to] as Array<string | number | TodayRef> } : null;
  }
  if (args.length !== 2) return null;
  // Accept the value on either side ("16500 >= ISEE" reads as "ISEE <= 16500").
  let subject = subjectOf(args[0]);
  let valueRule = args[1];
  let jsonOp = op;
  if (!subject) {
    subject = subjectOf(args[1]);
    valueRule = args[0];
    jsonOp = FLIPPED[op];
  }
  if (!subject) return null;
  if (subject.kind === 'field') {
    const operator = BY_JSON(COMPARISON, jsonOp);
    const value = valueOf(valueRule, jsonOp === '==' || jsonOp === '!=' ? anyScalar : orderable);
    return operator && value !== undefined ? { field: subject.field, operator, value } : null;
  }
  const operator = BY_JSON(subject.kind === 'count' ? COUNT_OPS : AGE_OPS, jsonOp);
  const n = valueRule;
  const valid = subject.kind === 'count' ? isFiniteNumber(n) && Number.isInteger(n) && n >= 0 : isFiniteNumber(n) && n >= 0;
  return operator && valid ? { field: subject.field, operator, value: n as number } : null;
}

function decodeIn(args: unknown[]): Condition | null {
  if (args.length !== 2) return null;
  const container = varField(args[1]);
  if (container && (typeof args[0] === 'string' || isFiniteNumber(args[0]))) {
    return { field: container, operator: 'contains', value: args[0] };
  }
  const field = varField(args[0]);
  const list = args[1];
  if (field && Array.isArray(list) && list.every((v) => typeof v === 'string' || isFiniteNumber(v))) {
    return { field, operator: 'one_of', value: list as Array<string | number> };
  }
  return null;
}

function missingField(rule: unknown): string | null {
  if (!isOperation(rule) || operatorOf(rule) !== 'missing') return null;
  const args = argumentsOf(rule.missing);
  return args.length === 1 && typeof args[0] === 'string' && args[0] !== '' ? args[0] : null;
}

function decodeNegation(op: '!' | '!!', args: unknown[]): Condition | null {
  if (args.length !== 1) return null;
  const [inner] = args;
  const field = varField(inner);
  if (field) return { field, operator: op === '!!' ? 'is_true' : 'is_false', value: null };
  const missing = missingField(inner);
  if (missing) return { field: missing, operator: op === '!!' ? 'is_empty' : 'is_filled', value: null };
  if (op === '!' && isOperation(inner) && operatorOf(inner) === 'in') {
    const positive = decodeIn(argumentsOf(inner.in));
    if (positive) return { ...positive, operator: positive.operator === 'contains' ? 'not_contains' : 'none_of' };
  }
  return null;
}

/** One condition from JsonLogic, or `null` when the builder cannot show it. */
export function decodeCondition(rule: unknown): Condition | null {
  if (!isOperation(rule)) return null;
  const op = operatorOf(rule);
  const args = argumentsOf(rule[op]);
  if (Object.prototype.hasOwnProperty.call(FLIPPED, op)) return decodeComparison(op, args);
  if (op === 'in') return decodeIn(args);
  if (op === '!' || op === '!!') return decodeNegation(op, args);
  return null;
}

function decodeItem(rule: unknown, kinds?: FieldKinds): ConditionItem | null {
  if (rule === true) return { kind: 'all', items: [] };
  if (rule === false) return { kind: 'any', items: [] };
  if (isOperation(rule) && (operatorOf(rule) === 'and' || operatorOf(rule) === 'or')) {
    const items: ConditionItem[] = [];
    for (const child of argumentsOf(rule[operatorOf(rule)])) {
      const item = decodeItem(child, kinds);
      if (!item) return null;
      items.push(item);
    }
    return { kind: operatorOf(rule) === 'and' ? 'all' : 'any', items };
  }
  const condition = decodeCondition(rule);
  if (!condition) return null;
  // An operator the builder would not offer for this field cannot be edited there.
  const kind = kinds?.(condition.field);
  return kind && !isOperatorFor(condition.operator, kind) ? null : condition;
}

/**
 * The builder model of a stored rule, or `null` when the rule is outside what
 * the builder can show. With `fieldKinds`, a condition whose operator does not
 * apply to its field's kind also gives `null`. A bare condition is wrapped in
 * a "tutte" group.
 */
export function conditionFromJsonLogic(rule: JsonLogicRule, fieldKinds?: FieldKinds): ConditionGroup | null {
  const item = decodeItem(rule, fieldKinds);
  if (!item) return null;
  return isConditionGroup(item) ? item : { kind: 'all', items: [item] };
}

/** A sensible starting value when the official picks `operator` for a field of `kind`. */
export function defaultConditionValue(operator: OperatorId, kind?: ValueKind): ConditionValue {
  switch (OPERATORS[operator].valueShape) {
    case 'none':
      return null;
    case 'list':
      return [];
    case 'integer':
      return 1;
    case 'years':
      return 18;
    case 'range':
      return kind === 'date' ? [TODAY, TODAY] : [0, 0];
    case 'single':
      return kind === 'number' || kind === 'money' ? 0 : kind === 'date' ? TODAY : '';
  }
}
