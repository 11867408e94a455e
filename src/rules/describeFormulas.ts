/**
 * Descriptions of formulas and of the list operations: arithmetic with the
 * usual signs (+ − × ÷) and only the parentheses needed, caps ("al massimo
 * 400"), rounding, "se … allora … altrimenti …", bracket tables, and the extra
 * operations (età, numero di, somma di, giorni da … a …).
 */
import { argumentsOf, isOperation, operatorOf } from './catalog';
import {
  ADD,
  ATOM,
  CLAUSE,
  MUL,
  conditionText,
  described,
  fieldLabel,
  isMoneyOperand,
  valueText,
  varPath,
  wrap,
  type DescribeContext,
  type Described,
} from './describeContext';

type Handler = (args: unknown[], ctx: DescribeContext, op: string) => Described;

const text = (rule: unknown, ctx: DescribeContext): string => ctx.describe(rule).text;
const listLabel = (rule: unknown, ctx: DescribeContext): string => {
  const path = varPath(rule);
  return path !== null ? fieldLabel(path, ctx) : wrap(ctx.describe(rule), ATOM);
};

function plus(args: unknown[], ctx: DescribeContext): Described {
  if (args.length === 0) return described(valueText(0, ctx));
  if (args.length === 1) return ctx.describe(args[0]);
  return described(args.map((a) => wrap(ctx.describe(a), ADD)).join(' + '), ADD);
}

function minus(args: unknown[], ctx: DescribeContext): Described {
  if (args.length === 1) return described(`−${wrap(ctx.describe(args[0]), MUL)}`, ADD);
  // The right side of a subtraction needs parentheses even at the same level: a − (b − c).
  return described(`${wrap(ctx.describe(args[0]), ADD)} − ${wrap(ctx.describe(args[1]), MUL)}`, ADD);
}

function times(args: unknown[], ctx: DescribeContext): Described {
  if (args.length === 1) return ctx.describe(args[0]);
  return described(args.map((a) => wrap(ctx.describe(a), MUL)).join(' × '), MUL);
}

function divide(args: unknown[], ctx: DescribeContext): Described {
  return described(`${wrap(ctx.describe(args[0]), MUL)} ÷ ${wrap(ctx.describe(args[1]), ATOM)}`, MUL);
}

function minMax(args: unknown[], ctx: DescribeContext, op: string): Described {
  const { p } = ctx;
  if (args.length === 1) return ctx.describe(args[0]);
  // min(x, 400) is a cap, "x, al massimo 400"; max(x, 50) a floor, "x, almeno 50".
  if (args.length === 2) {
    const literal = args.findIndex((a) => typeof a === 'number');
    if (literal >= 0 && typeof args[1 - literal] !== 'number') {
      const value = text(args[1 - literal], ctx);
      const bound = valueText(args[literal], ctx);
      return described(op === 'min' ? p.atMost(value, bound) : p.atLeast(value, bound), CLAUSE);
    }
  }
  const values = args.map((a) => text(a, ctx));
  return described(op === 'min' ? p.minOf(values) : p.maxOf(values), CLAUSE);
}

function rounding(args: unknown[], ctx: DescribeContext, op: string): Described {
  const decimals = typeof args[1] === 'number' ? args[1] : 0;
  return described(ctx.p.rounded(wrap(ctx.describe(args[0]), ADD), decimals, op as 'round' | 'floor' | 'ceil'), CLAUSE);
}

function ifThenElse(args: unknown[], ctx: DescribeContext): Described {
  const branches: Array<{ when: string; then: string }> = [];
  let rest = args;
  // Flatten else-if chains, whether written flat or nested in the else branch.
  for (;;) {
    let i = 0;
    for (; i + 1 < rest.length; i += 2) {
      branches.push({ when: conditionText(rest[i], ctx), then: wrap(ctx.describe(rest[i + 1]), ADD) });
    }
    if (i >= rest.length) return described(ctx.p.ifThenElse(branches, null), CLAUSE);
    const last = rest[i];
    if (isOperation(last) && operatorOf(last) === 'if' && argumentsOf(last.if).length >= 2) {
      rest = argumentsOf(last.if);
      continue;
    }
    return described(ctx.p.ifThenElse(branches, wrap(ctx.describe(last), ADD)), CLAUSE);
  }
}

function bracket(args: unknown[], ctx: DescribeContext): Described {
  const [subject, rows, otherwise] = args;
  const wellFormed = Array.isArray(rows) && rows.every((row) => Array.isArray(row) && row.length === 2);
  if (!wellFormed || args.length !== 3) return generic(args, ctx, 'bracket');
  const money = isMoneyOperand(subject, ctx);
  const table = (rows as unknown[][]).map(([upTo, result]) => ({
    upTo: valueText(upTo, ctx, money),
    result: wrap(ctx.describe(result), ADD),
  }));
  return described(ctx.p.bracket(text(subject, ctx), table, wrap(ctx.describe(otherwise), ADD)), CLAUSE);
}

function count(args: unknown[], ctx: DescribeContext): Described {
  return described(ctx.p.countOf(listLabel(args[0], ctx)));
}

function age(args: unknown[], ctx: DescribeContext): Described {
  const at = args.length > 1 ? valueText(args[1], ctx) : undefined;
  return described(ctx.p.ageOf(listLabel(args[0], ctx), at));
}

function sumOf(args: unknown[], ctx: DescribeContext): Described {
  const list = varPath(args[0]);
  const property = typeof args[1] === 'string' && args[1] !== '' ? args[1] : undefined;
  const propertyLabel = property === undefined ? undefined
    : list !== null ? fieldLabel(property, { ...ctx, scope: list }) : ctx.p.text(property);
  return described(ctx.p.sumOf(listLabel(args[0], ctx), propertyLabel));
}

function daysBetween(args: unknown[], ctx: DescribeContext): Described {
  return described(ctx.p.daysBetween(wrap(ctx.describe(args[0]), ATOM), wrap(ctx.describe(args[1]), ATOM)), CLAUSE);
}

/** some / all / none / filter / map: the second argument speaks of one item of the list. */
function scoped(args: unknown[], ctx: DescribeContext, op: string): Described {
  const { p } = ctx;
  const list = listLabel(args[0], ctx);
  const inner = ctx.describe(args[1], varPath(args[0])).text;
  const phrase = { some: p.some, all: p.every, none: p.none, filter: p.filter, map: p.map }[op as 'some'];
  return described(phrase(list, inner), CLAUSE);
}

function reduce(args: unknown[], ctx: DescribeContext): Described {
  const scope = varPath(args[0]);
  const list = listLabel(args[0], ctx);
  const logic = args[1];
  // The common "sum over items" idiom: {"reduce": [list, {"+": [{"var": "accumulator"}, …]}, 0]}.
  if (args[2] === 0 && isOperation(logic) && operatorOf(logic) === '+') {
    const terms = argumentsOf(logic['+']);
    if (terms.length >= 2 && varPath(terms[0]) === 'accumulator') {
      const summed = terms.slice(1).map((t) => wrap(ctx.describe(t, scope), ADD)).join(' + ');
      return described(ctx.p.sumOver(list, summed), CLAUSE);
    }
  }
  const initial = args.length > 2 ? valueText(args[2], ctx) : ctx.p.nothing;
  return described(ctx.p.reduce(list, ctx.describe(logic, scope).text, initial), CLAUSE);
}

function variable(args: unknown[], ctx: DescribeContext): Described {
  const [path, fallback] = args;
  if (path !== undefined && path !== null && typeof path !== 'string' && typeof path !== 'number') {
    return generic(args, ctx, 'var');
  }
  const label = fieldLabel(path === undefined || path === null ? '' : String(path), ctx);
  return described(args.length > 1 ? ctx.p.fieldWithDefault(label, valueText(fallback, ctx)) : label);
}

/** Any operation without a specific wording: named, with its arguments. Never fails. */
export function generic(args: unknown[], ctx: DescribeContext, op: string): Described {
  return described(ctx.p.operation(op, args.map((a) => text(a, ctx))), CLAUSE);
}

/** Handlers of formula and list operators, by JsonLogic name. */
export const FORMULA_HANDLERS: Readonly<Record<string, Handler>> = {
  var: variable,
  '+': plus,
  '-': minus,
  '*': times,
  '/': divide,
  '%': (args, ctx) => described(ctx.p.remainder(wrap(ctx.describe(args[0]), ATOM), wrap(ctx.describe(args[1]), ATOM)), CLAUSE),
  min: minMax,
  max: minMax,
  round: rounding,
  floor: rounding,
  ceil: rounding,
  if: ifThenElse,
  bracket,
  today: (_args, ctx) => described(ctx.p.today),
  count,
  age,
  sum_of: sumOf,
  days_between: daysBetween,
  some: scoped,
  all: scoped,
  none: scoped,
  filter: scoped,
  map: scoped,
  reduce,
  merge: (args, ctx) => described(ctx.p.merge(args.map((a) => text(a, ctx))), CLAUSE),
  cat: (args, ctx) => described(ctx.p.cat(args.map((a) => valueText(a, ctx))), CLAUSE),
  substr: (args, ctx) =>
    described(ctx.p.substr(text(args[0], ctx), valueText(args[1], ctx), args.length > 2 ? valueText(args[2], ctx) : undefined), CLAUSE),
};
