/**
 * The wording of rule descriptions in one language. `describe.ts` walks a rule
 * and asks these functions for words; `describe.it.ts` and `describe.en.ts`
 * supply them. Every argument is already-described text.
 */

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type RoundingWord = 'round' | 'floor' | 'ceil';

export interface Phrases {
  /** Intl locale for numbers. */
  readonly locale: string;
  /** A text value as shown, e.g. «affitto». */
  text(value: string): string;
  readonly yes: string;
  readonly no: string;
  readonly nothing: string;
  readonly today: string;
  readonly allData: string;
  readonly accumulator: string;
  readonly currentItem: string;
  readonly unreadable: string;
  fieldWithDefault(field: string, fallback: string): string;
  /** "a, b e c" / "a, b o c". */
  list(items: string[], conjunction: 'and' | 'or'): string;

  /** "è al massimo", for numbers and texts. */
  readonly compare: Readonly<Record<CompareOp, string>>;
  /** "è prima del", before a written date. */
  readonly compareDate: Readonly<Record<CompareOp, string>>;
  /** Whole predicate against today: "è prima di oggi". */
  readonly compareToday: Readonly<Record<CompareOp, string>>;
  between(subject: string, from: string, to: string, strict: boolean, dates: boolean): string;
  isTrue(subject: string): string;
  isFalse(subject: string): string;
  isFilled(subject: string): string;
  isEmpty(subject: string): string;
  anyMissing(subjects: string[]): string;
  missingSome(need: string, subjects: string[]): string;
  contains(subject: string, value: string): string;
  notContains(subject: string, value: string): string;
  oneOf(subject: string, values: string[]): string;
  noneOf(subject: string, values: string[]): string;
  countCompare(list: string, op: CompareOp, count: string, singular: boolean): string;
  ageCompare(date: string, op: CompareOp, years: string, singular: boolean): string;
  not(condition: string): string;
  and2(a: string, b: string): string;
  or2(a: string, b: string): string;
  all(items: string[]): string;
  any(items: string[]): string;

  countOf(list: string): string;
  ageOf(date: string, at?: string): string;
  sumOf(list: string, property?: string): string;
  daysBetween(from: string, to: string): string;
  atMost(value: string, cap: string): string;
  atLeast(value: string, floor: string): string;
  minOf(values: string[]): string;
  maxOf(values: string[]): string;
  rounded(value: string, decimals: number, how: RoundingWord): string;
  ifThenElse(branches: Array<{ when: string; then: string }>, otherwise: string | null): string;
  bracket(subject: string, rows: Array<{ upTo: string; result: string }>, otherwise: string): string;
  remainder(a: string, b: string): string;
  some(list: string, condition: string): string;
  every(list: string, condition: string): string;
  none(list: string, condition: string): string;
  filter(list: string, condition: string): string;
  map(list: string, expression: string): string;
  sumOver(list: string, expression: string): string;
  reduce(list: string, expression: string, initial: string): string;
  merge(items: string[]): string;
  cat(items: string[]): string;
  substr(text: string, start: string, length?: string): string;
  operation(name: string, args: string[]): string;
}
