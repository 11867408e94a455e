/**
 * Descriptions of conditions: comparisons, "tutte" / "almeno una" groups,
 * negation, lists and filled-in checks. Mirrors the builder's operator labels,
 * so a rule reads the same in the builder and in its summary.
 */
import { argumentsOf, isOperation, operatorOf } from './catalog';
import {
  CLAUSE,
  conditionText,
  described,
  fieldLabel,
  isConstant,
  isDateOperand,
  isMoneyOperand,
  valueText,
  varPath,
  wrap,
  type DescribeContext,
  type Described,
} from './describeContext';
import { isIsoDateString } from './dates';
import type { CompareOp } from './phrases';

type Handler = (args: unknown[], ctx: DescribeContext, op: string) => Described;

const FLIP: Record<CompareOp, CompareOp> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const NORMAL: Record<string, CompareOp> = { '==': '==', '===': '==', '!=': '!=', '!==': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

const operand = (rule: unknown, ctx: DescribeContext): string => {
  const path = varPath(rule);
  return path !== null ? fieldLabel(path, ctx) : wrap(ctx.describe(rule), 1);
};

/** `{"count": [{"var": x}]}` or `{"age": [{"var": x}]}` → which and x. */
function derivedSubject(rule: unknown): { op: 'count' | 'age'; path: string } | null {
  if (!isOperation(rule)) return null;
  const op = operatorOf(rule);
  if (op !== 'count' && op !== 'age') return null;
  const args = argumentsOf(rule[op]);
  const path = args.length === 1 ? varPath(args[0]) : null;
  return path === null ? null : { op, path };
}

const isToday = (rule: unknown): boolean => isOperation(rule) && operatorOf(rule) === 'today';

function compare(args: unknown[], ctx: DescribeContext, jsonOp: string): Described {
  const { p } = ctx;
  let op = NORMAL[jsonOp];
  if (args.length === 3 && (op === '<' || op === '<=')) {
    const dates = args.some((a) => isDateOperand(a, ctx));
    const money = isMoneyOperand(args[1], ctx);
    return described(
      p.between(operand(args[1], ctx), valueText(args[0], ctx, money), valueText(args[2], ctx, money), op === '<', dates),
      CLAUSE,
    );
  }
  let [left, right] = args;
  // "16.500 ≥ ISEE" reads better as "ISEE è al massimo 16.500".
  if (isConstant(left) && !isConstant(right)) {
    [left, right] = [right, left];
    op = FLIP[op];
  }
  const derived = derivedSubject(left);
  if (derived && typeof right === 'number') {
    const count = valueText(right, ctx);
    const label = fieldLabel(derived.path, ctx);
    const text = derived.op === 'count' ? p.countCompare(label, op, count, right === 1) : p.ageCompare(label, op, count, right === 1);
    return described(text, CLAUSE);
  }
  const subject = operand(left, ctx);
  if ((op === '==' || op === '!=') && typeof right === 'boolean') {
    return described(right === (op === '==') ? p.isTrue(subject) : p.isFalse(subject), CLAUSE);
  }
  if (isToday(right)) return described(`${subject} ${p.compareToday[op]}`, CLAUSE);
  const words = isIsoDateString(right) ? p.compareDate[op] : p.compare[op];
  return described(`${subject} ${words} ${valueText(right, ctx, isMoneyOperand(left, ctx))}`, CLAUSE);
}

const isGroupRule = (rule: unknown): boolean =>
  isOperation(rule) &&
  ((['and', 'or'].includes(operatorOf(rule)) && argumentsOf(rule[operatorOf(rule)]).length > 1) || operatorOf(rule) === 'if');

function group(args: unknown[], ctx: DescribeContext, op: string): Described {
  const { p } = ctx;
  if (args.length === 0) return described(op === 'and' ? p.yes : p.no);
  if (args.length === 1) return ctx.describe(args[0]);
  const items = args.map((arg) => {
    const text = conditionText(arg, ctx);
    return isGroupRule(arg) ? `(${text})` : text;
  });
  if (items.length === 2) return described(op === 'and' ? p.and2(items[0], items[1]) : p.or2(items[0], items[1]), CLAUSE);
  return described(op === 'and' ? p.all(items) : p.any(items), CLAUSE);
}

/** Literal keys of a `missing`: `["a", "b"]` or `[["a", "b"]]`; null when computed. */
function missingKeys(args: unknown[]): string[] | null {
  const keys = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return keys.every((k) => typeof k === 'string') ? (keys as string[]) : null;
}

function missing(args: unknown[], ctx: DescribeContext): Described {
  const keys = missingKeys(args);
  if (!keys) return described(ctx.p.operation('missing', args.map((a) => ctx.describe(a).text)), CLAUSE);
  const labels = keys.map((k) => fieldLabel(k, ctx));
  return described(labels.length === 1 ? ctx.p.isEmpty(labels[0]) : ctx.p.anyMissing(labels), CLAUSE);
}

function membership(args: unknown[], ctx: DescribeContext, negated: boolean): Described | null {
  if (args.length !== 2) return null;
  const [needle, haystack] = args;
  const container = varPath(haystack);
  if (container !== null && isConstant(needle)) {
    const label = fieldLabel(container, ctx);
    const value = valueText(needle, ctx);
    return described(negated ? ctx.p.notContains(label, value) : ctx.p.contains(label, value), CLAUSE);
  }
  const field = varPath(needle);
  if (field !== null && Array.isArray(haystack)) {
    const label = fieldLabel(field, ctx);
    const values = haystack.map((v) => valueText(v, ctx));
    return described(negated ? ctx.p.noneOf(label, values) : ctx.p.oneOf(label, values), CLAUSE);
  }
  return null;
}

function inList(args: unknown[], ctx: DescribeContext): Described {
  return (
    membership(args, ctx, false) ??
    described(ctx.p.contains(ctx.describe(args[1]).text, ctx.describe(args[0]).text), CLAUSE)
  );
}

function negation(args: unknown[], ctx: DescribeContext, op: string): Described {
  const { p } = ctx;
  const [inner] = args;
  const path = varPath(inner);
  if (path !== null) return described(op === '!' ? p.isFalse(fieldLabel(path, ctx)) : p.isTrue(fieldLabel(path, ctx)), CLAUSE);
  if (isOperation(inner) && operatorOf(inner) === 'missing') {
    const keys = missingKeys(argumentsOf(inner.missing));
    if (op === '!!' || !keys) return missing(argumentsOf(inner.missing), ctx);
    if (keys.length === 1) return described(p.isFilled(fieldLabel(keys[0], ctx)), CLAUSE);
  }
  if (op === '!!') return ctx.describe(inner);
  if (isOperation(inner) && operatorOf(inner) === 'in') {
    const negated = membership(argumentsOf(inner.in), ctx, true);
    if (negated) return negated;
  }
  return described(p.not(ctx.describe(inner).text), CLAUSE);
}

function missingSome(args: unknown[], ctx: DescribeContext): Described {
  const keys = Array.isArray(args[1]) ? missingKeys([args[1]]) : null;
  if (!keys) return described(ctx.p.operation('missing_some', args.map((a) => ctx.describe(a).text)), CLAUSE);
  return described(ctx.p.missingSome(valueText(args[0], ctx), keys.map((k) => fieldLabel(k, ctx))), CLAUSE);
}

/** Handlers of condition operators, by JsonLogic name. */
export const CONDITION_HANDLERS: Readonly<Record<string, Handler>> = {
  '==': compare,
  '===': compare,
  '!=': compare,
  '!==': compare,
  '<': compare,
  '<=': compare,
  '>': compare,
  '>=': compare,
  and: group,
  or: group,
  '!': negation,
  '!!': negation,
  missing,
  missing_some: missingSome,
  in: inList,
};
