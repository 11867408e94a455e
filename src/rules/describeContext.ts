/**
 * Shared machinery of rule descriptions: the context handed to every handler,
 * operator precedence for formulas, and the wording of values and fields.
 */
import { isOperation, operatorOf } from './catalog';
import type { FieldKinds } from './conditionModel';
import { formatDayMonthYear, isIsoDateString, parseCalendarDate } from './dates';
import type { Phrases } from './phrases';

/** Labels of fields by answer key (dotted for composite and list-item fields). */
export type FieldLabels = (key: string) => string | undefined;

/**
 * How tightly a described piece binds, to parenthesise formulas only where
 * needed: "150 + 50 × (numero di componenti − 1)".
 */
export const CLAUSE = 0;
export const ADD = 1;
export const MUL = 2;
export const ATOM = 3;
export type Level = typeof CLAUSE | typeof ADD | typeof MUL | typeof ATOM;

export interface Described {
  text: string;
  level: Level;
}

export interface DescribeContext {
  readonly p: Phrases;
  readonly labels: FieldLabels;
  readonly kinds?: FieldKinds;
  /** Key of the list whose items `var` refers to (inside some/all/none/filter/map/reduce), else null. */
  readonly scope: string | null;
  readonly depth: number;
  /** Describes a sub-rule, optionally inside the items of another list. */
  describe(rule: unknown, scope?: string | null): Described;
}

export const described = (text: string, level: Level = ATOM): Described => ({ text, level });

/** The text of `d`, in parentheses when it binds more loosely than `min`. */
export function wrap(d: Described, min: Level): string {
  return d.level < min ? `(${d.text})` : d.text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, money: boolean, fraction: boolean): Intl.NumberFormat {
  const key = `${locale}|${money}|${fraction}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Always group thousands: CLDR leaves 4-digit Italian numbers ungrouped ("1500"), officials write "1.500".
    format = money
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', useGrouping: 'always', minimumFractionDigits: fraction ? 2 : 0 })
      : new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 10 });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number in the reader's language; euro amounts with "€" (cents only when there are some). */
export function formatNumber(value: number, ctx: DescribeContext, money = false): string {
  return formatter(ctx.p.locale, money, !Number.isInteger(value)).format(value);
}

const isTodayRule = (rule: unknown): boolean => isOperation(rule) && operatorOf(rule) === 'today';

/** True for literals and `{"today": []}`: things a comparison is made *against*. */
export function isConstant(rule: unknown): boolean {
  return rule === null || ['string', 'number', 'boolean'].includes(typeof rule) || isTodayRule(rule) ||
    (Array.isArray(rule) && rule.every((item) => item === null || typeof item !== 'object'));
}

/** The literal field path of a `{"var": "…"}`, or null. */
export function varPath(rule: unknown): string | null {
  if (!isOperation(rule) || operatorOf(rule) !== 'var') return null;
  const arg = Array.isArray(rule.var) ? rule.var[0] : rule.var;
  return typeof arg === 'string' ? arg : typeof arg === 'number' ? String(arg) : null;
}

function kindOf(rule: unknown, ctx: DescribeContext): string | undefined {
  const path = varPath(rule);
  if (path === null || !ctx.kinds) return undefined;
  return (ctx.scope ? ctx.kinds(`${ctx.scope}.${path}`) : undefined) ?? ctx.kinds(path);
}

/** Whether a comparison operand is a date (written date, today, or a date field). */
export function isDateOperand(rule: unknown, ctx: DescribeContext): boolean {
  return isIsoDateString(rule) || isTodayRule(rule) || kindOf(rule, ctx) === 'date';
}

/** Whether a comparison operand is a euro amount field (its literals are then shown with €). */
export function isMoneyOperand(rule: unknown, ctx: DescribeContext): boolean {
  return kindOf(rule, ctx) === 'money';
}

/** A value as a reader sees it: 16.500, 3,50 €, 01/01/2025, «affitto», oggi. */
export function valueText(rule: unknown, ctx: DescribeContext, money = false): string {
  if (typeof rule === 'number') return formatNumber(rule, ctx, money);
  if (typeof rule === 'string') {
    const date = isIsoDateString(rule) ? parseCalendarDate(rule) : null;
    return date ? formatDayMonthYear(date) : ctx.p.text(rule);
  }
  if (typeof rule === 'boolean') return rule ? ctx.p.yes : ctx.p.no;
  if (rule === null || rule === undefined) return ctx.p.nothing;
  if (Array.isArray(rule)) return ctx.p.list(rule.map((item) => valueText(item, ctx, money)), 'and');
  return ctx.describe(rule).text;
}

/**
 * The label of a field path: the registry label; inside a list, the label of
 * the item field; for an unlabelled part of a composite field, "ISEE (value)";
 * otherwise the key itself in guillemets, so a missing field stays visible.
 */
export function fieldLabel(path: string, ctx: DescribeContext): string {
  if (path === '') return ctx.p.allData;
  const candidates: string[] = [];
  if (ctx.scope !== null) {
    if (path === 'accumulator') return ctx.p.accumulator;
    if (path === 'current') return ctx.p.currentItem;
    const relative = path.startsWith('current.') ? path.slice('current.'.length) : path;
    candidates.push(`${ctx.scope}.${relative}`, relative);
  } else {
    candidates.push(path);
  }
  for (const candidate of candidates) {
    const withoutIndexes = candidate.split('.').filter((s) => !/^\d+$/.test(s)).join('.');
    const label = ctx.labels(candidate) ?? ctx.labels(withoutIndexes);
    if (label) return label;
  }
  const segments = path.split('.');
  for (let cut = segments.length - 1; cut > 0; cut--) {
    const parent = ctx.labels(segments.slice(0, cut).join('.'));
    if (parent) return `${parent} (${segments.slice(cut).join('.')})`;
  }
  return ctx.p.text(path);
}

/** A sub-rule in a condition position: a bare field there means "is true" ("se Residente è vero"). */
export function conditionText(rule: unknown, ctx: DescribeContext): string {
  const path = varPath(rule);
  return path !== null ? ctx.p.isTrue(fieldLabel(path, ctx)) : ctx.describe(rule).text;
}
