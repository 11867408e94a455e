/**
 * The operators the visual rule builder offers, by the kind of value a field
 * holds, with their Italian (and English) labels. Operator ids are semantic and
 * kind-independent ("lt" is "è minore di" for a number and "è prima del" for a
 * date), so a condition keeps its meaning if a field's kind is refined later.
 */

/** The kind of value a field holds, as far as rules are concerned (from the block registry). */
export type ValueKind = 'text' | 'number' | 'money' | 'date' | 'boolean' | 'choice' | 'multi_choice' | 'list';

/** Every value kind, in the order a UI would list them. */
export const VALUE_KINDS: readonly ValueKind[] = ['text', 'number', 'money', 'date', 'boolean', 'choice', 'multi_choice', 'list'];

export type OperatorId =
  | 'eq'
  | 'neq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'between'
  | 'contains'
  | 'not_contains'
  | 'one_of'
  | 'none_of'
  | 'is_true'
  | 'is_false'
  | 'is_filled'
  | 'is_empty'
  | 'count_gte'
  | 'count_lte'
  | 'count_eq'
  | 'age_gte'
  | 'age_gt'
  | 'age_lte'
  | 'age_lt';

/**
 * What the value of a condition looks like for an operator:
 * - `none`: no value (`null`), e.g. "è vero";
 * - `single`: one value of the field's kind (a date may also be "oggi");
 * - `range`: `[from, to]`, both included;
 * - `list`: several values (choices);
 * - `integer`: a count of items; `years`: an age in years.
 */
export type ValueShape = 'none' | 'single' | 'range' | 'list' | 'integer' | 'years';

interface Texts {
  readonly it: string;
  readonly en: string;
}

export interface OperatorDefinition {
  readonly id: OperatorId;
  readonly valueShape: ValueShape;
  readonly label: Texts;
  /** Wording for date fields, where it differs ("è prima del"). */
  readonly dateLabel?: Texts;
  /** Unit shown after the value (plural), e.g. "anni". */
  readonly unit?: Texts;
}

const define = (id: OperatorId, valueShape: ValueShape, it: string, en: string, more: Partial<OperatorDefinition> = {}): OperatorDefinition =>
  Object.freeze({ id, valueShape, label: { it, en }, ...more });

/** All operators by id. */
export const OPERATORS: Readonly<Record<OperatorId, OperatorDefinition>> = Object.freeze({
  eq: define('eq', 'single', 'è uguale a', 'is equal to', { dateLabel: { it: 'è il', en: 'is on' } }),
  neq: define('neq', 'single', 'è diverso da', 'is not equal to', { dateLabel: { it: 'non è il', en: 'is not on' } }),
  gt: define('gt', 'single', 'è maggiore di', 'is greater than', { dateLabel: { it: 'è dopo il', en: 'is after' } }),
  gte: define('gte', 'single', 'è almeno', 'is at least', { dateLabel: { it: 'è a partire dal', en: 'is on or after' } }),
  lt: define('lt', 'single', 'è minore di', 'is less than', { dateLabel: { it: 'è prima del', en: 'is before' } }),
  lte: define('lte', 'single', 'è al massimo', 'is at most', { dateLabel: { it: 'è entro il', en: 'is on or before' } }),
  between: define('between', 'range', 'è compreso tra', 'is between', { dateLabel: { it: 'è tra il', en: 'is between' } }),
  contains: define('contains', 'single', 'contiene', 'contains'),
  not_contains: define('not_contains', 'single', 'non contiene', 'does not contain'),
  one_of: define('one_of', 'list', 'è uno tra', 'is one of'),
  none_of: define('none_of', 'list', 'non è nessuno tra', 'is none of'),
  is_true: define('is_true', 'none', 'è vero', 'is true'),
  is_false: define('is_false', 'none', 'è falso', 'is false'),
  is_filled: define('is_filled', 'none', 'è compilato', 'is filled in'),
  is_empty: define('is_empty', 'none', 'non è compilato', 'is not filled in'),
  count_gte: define('count_gte', 'integer', 'ha almeno', 'has at least', { unit: { it: 'elementi', en: 'items' } }),
  count_lte: define('count_lte', 'integer', 'ha al massimo', 'has at most', { unit: { it: 'elementi', en: 'items' } }),
  count_eq: define('count_eq', 'integer', 'ha esattamente', 'has exactly', { unit: { it: 'elementi', en: 'items' } }),
  age_gte: define('age_gte', 'years', "corrisponde a un'età di almeno", 'gives an age of at least', { unit: { it: 'anni', en: 'years' } }),
  age_gt: define('age_gt', 'years', "corrisponde a un'età superiore a", 'gives an age over', { unit: { it: 'anni', en: 'years' } }),
  age_lte: define('age_lte', 'years', "corrisponde a un'età di al massimo", 'gives an age of at most', { unit: { it: 'anni', en: 'years' } }),
  age_lt: define('age_lt', 'years', "corrisponde a un'età inferiore a", 'gives an age under', { unit: { it: 'anni', en: 'years' } }),
});

const COMPARE: OperatorId[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between'];
const FILLED: OperatorId[] = ['is_filled', 'is_empty'];
const COUNT: OperatorId[] = ['count_gte', 'count_lte', 'count_eq'];

/** Operators offered for each kind, in menu order. */
export const OPERATORS_BY_KIND: Readonly<Record<ValueKind, readonly OperatorId[]>> = Object.freeze({
  text: ['eq', 'neq', 'contains', 'not_contains', ...FILLED],
  number: [...COMPARE, ...FILLED],
  money: [...COMPARE, ...FILLED],
  date: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'age_gte', 'age_gt', 'age_lte', 'age_lt', ...FILLED],
  boolean: ['is_true', 'is_false'],
  choice: ['eq', 'neq', 'one_of', 'none_of', ...FILLED],
  multi_choice: ['contains', 'not_contains', ...COUNT],
  list: COUNT,
});

/** The operators the builder offers for a field of this kind, in menu order. */
export function operatorsFor(kind: ValueKind): OperatorDefinition[] {
  return OPERATORS_BY_KIND[kind].map((id) => OPERATORS[id]);
}

/** Whether `operator` applies to a field of `kind`. */
export function isOperatorFor(operator: OperatorId, kind: ValueKind): boolean {
  return OPERATORS_BY_KIND[kind].includes(operator);
}

/** True for a known operator id (e.g. when reading builder state from storage). */
export function isOperatorId(value: unknown): value is OperatorId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(OPERATORS, value);
}

/** The label of an operator for a field of `kind`, in `language` (Italian unless 'en'). */
export function operatorLabel(operator: OperatorId, kind?: ValueKind, language: string = 'it'): string {
  const def = OPERATORS[operator];
  const texts = kind === 'date' && def.dateLabel ? def.dateLabel : def.label;
  return language === 'en' ? texts.en : texts.it;
}
