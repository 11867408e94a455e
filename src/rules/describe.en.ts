/** English wording of rule descriptions. */
import { OPERATORS, type OperatorId } from './operators';
import type { CompareOp, Phrases } from './phrases';

const BY_OP: Record<CompareOp, OperatorId> = { '==': 'eq', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };
const table = (pick: (id: OperatorId) => string): Record<CompareOp, string> =>
  Object.fromEntries(Object.entries(BY_OP).map(([op, id]) => [op, pick(id)])) as Record<CompareOp, string>;

function list(items: string[], conjunction: 'and' | 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const COUNT: Record<CompareOp, string> = {
  '==': 'has exactly',
  '!=': 'does not have exactly',
  '<': 'has fewer than',
  '<=': 'has at most',
  '>': 'has more than',
  '>=': 'has at least',
};
const AGE: Record<CompareOp, string> = {
  '==': 'gives an age of exactly',
  '!=': 'does not give an age of',
  '<': OPERATORS.age_lt.label.en,
  '<=': OPERATORS.age_lte.label.en,
  '>': OPERATORS.age_gt.label.en,
  '>=': OPERATORS.age_gte.label.en,
};
const ROUNDING = { round: 'rounded', floor: 'rounded down', ceil: 'rounded up' };

export const EN_PHRASES: Phrases = {
  locale: 'en-GB',
  text: (value) => `“${value}”`,
  yes: 'true',
  no: 'false',
  nothing: 'no value',
  today: 'today',
  allData: 'all answers',
  accumulator: 'the running total',
  currentItem: 'the item',
  unreadable: 'unreadable rule',
  fieldWithDefault: (field, fallback) => `${field} (if missing: ${fallback})`,
  list,
  compare: table((id) => OPERATORS[id].label.en),
  compareDate: table((id) => OPERATORS[id].dateLabel?.en ?? OPERATORS[id].label.en),
  compareToday: {
    '==': 'is today',
    '!=': 'is not today',
    '<': 'is before today',
    '<=': 'is today or earlier',
    '>': 'is after today',
    '>=': 'is today or later',
  },
  between: (s, from, to, strict) => `${s} is between ${from} and ${to}${strict ? ' (exclusive)' : ''}`,
  isTrue: (s) => `${s} is true`,
  isFalse: (s) => `${s} is false`,
  isFilled: (s) => `${s} is filled in`,
  isEmpty: (s) => `${s} is not filled in`,
  anyMissing: (subjects) => `at least one of ${list(subjects, 'and')} is not filled in`,
  missingSome: (need, subjects) => `fewer than ${need} of ${list(subjects, 'and')} are filled in`,
  contains: (s, v) => `${s} contains ${v}`,
  notContains: (s, v) => `${s} does not contain ${v}`,
  oneOf: (s, values) => `${s} is one of ${list(values, 'or')}`,
  noneOf: (s, values) => `${s} is none of ${list(values, 'and')}`,
  countCompare: (l, op, n, one) => `${l} ${COUNT[op]} ${n} ${one ? 'item' : 'items'}`,
  ageCompare: (d, op, n, one) => `${d} ${AGE[op]} ${n} ${one ? 'year' : 'years'}`,
  not: (c) => `it is not true that ${c}`,
  and2: (a, b) => `${a} and ${b}`,
  or2: (a, b) => `${a} or ${b}`,
  all: (items) => `all of: ${items.join('; ')}`,
  any: (items) => `at least one of: ${items.join('; ')}`,
  countOf: (l) => `number of ${l}`,
  ageOf: (d, at) => (at ? `age on ${at} from ${d}` : `age from ${d}`),
  sumOf: (l, p) => (p ? `sum of ${p} over ${l}` : `sum of ${l}`),
  daysBetween: (from, to) => `days from ${from} to ${to}`,
  atMost: (v, cap) => `${v}, at most ${cap}`,
  atLeast: (v, floor) => `${v}, at least ${floor}`,
  minOf: (values) => `the smallest of ${list(values, 'and')}`,
  maxOf: (values) => `the largest of ${list(values, 'and')}`,
  rounded: (v, decimals, how) =>
    `${v} ${ROUNDING[how]} ${decimals === 0 ? 'to a whole number' : decimals === 1 ? 'to 1 decimal' : `to ${decimals} decimals`}`,
  ifThenElse: (branches, otherwise) =>
    branches.map((b) => `if ${b.when} then ${b.then}`).join(', otherwise ') + (otherwise === null ? '' : `, otherwise ${otherwise}`),
  bracket: (s, rows, otherwise) =>
    rows.length === 0
      ? otherwise
      : `by ${s}: ${rows.map((r) => `up to ${r.upTo} → ${r.result}`).join('; ')}; above ${rows[rows.length - 1].upTo} → ${otherwise}`,
  remainder: (a, b) => `remainder of ${a} divided by ${b}`,
  some: (l, c) => `at least one item of ${l} meets: ${c}`,
  every: (l, c) => `every item of ${l} meets: ${c}`,
  none: (l, c) => `no item of ${l} meets: ${c}`,
  filter: (l, c) => `the items of ${l} where ${c}`,
  map: (l, e) => `for each item of ${l}: ${e}`,
  sumOver: (l, e) => `sum, over each item of ${l}, of ${e}`,
  reduce: (l, e, initial) => `starting from ${initial}, for each item of ${l}: ${e}`,
  merge: (items) => `the union of ${list(items, 'and')}`,
  cat: (items) => `the text made of ${list(items, 'and')}`,
  substr: (t, start, length) => (length ? `${length} characters of ${t} from position ${start}` : `${t} from position ${start}`),
  operation: (name, args) => `the operation “${name}”${args.length ? ` applied to ${list(args, 'and')}` : ''}`,
};
