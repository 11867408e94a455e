/**
 * Static types of rule operands, for lint: enough to catch a date compared
 * with a number, or a list used where a number is meant. Anything uncertain is
 * `any` and never flagged: lint must not cry wolf.
 */
import { argumentsOf, isOperation, operationInfo, operatorOf, type StaticType } from './catalog';
import { formatDayMonthYear, isIsoDateString, parseCalendarDate } from './dates';
import { fieldPhrase, resolveField, typeOfKind, type FieldMap } from './lintFields';

export interface Typed {
  type: StaticType;
  /** The operand as a message names it: "il numero 18", "la data «Data di nascita»". */
  what: string;
}

export interface TypeContext {
  fields: FieldMap;
  scopes: readonly string[];
  /** Inside the logic of a `reduce` ("accumulator" / "current.…" are meaningful). */
  inReduce: boolean;
}

const ANY: Typed = { type: 'any', what: 'un valore' };
const integerFormat = new Intl.NumberFormat('it-IT', { useGrouping: 'always', maximumFractionDigits: 10 });

/** A number as Italian messages write it (16.500; 3,5). */
export const formatItalianNumber = (n: number): string => integerFormat.format(n);

const COMPUTED: Record<StaticType, string> = {
  number: 'un numero calcolato',
  date: 'una data calcolata',
  text: 'un testo calcolato',
  boolean: 'una condizione',
  list: 'un elenco calcolato',
  any: 'un valore',
};

/** The static type of a `var` path (unknown or container paths are `any`). */
export function typeOfVar(path: string, ctx: TypeContext): Typed {
  if (ctx.inReduce && (path === 'accumulator' || path === 'current')) return ANY;
  const relative = ctx.inReduce && path.startsWith('current.') ? path.slice('current.'.length) : path;
  const resolved = resolveField(relative, ctx.fields, ctx.scopes);
  return resolved.status === 'field' ? { type: typeOfKind(resolved.info.kind), what: fieldPhrase(resolved.info) } : ANY;
}

function common(types: Typed[]): Typed {
  const [first] = types;
  return first && types.every((t) => t.type === first.type) ? { type: first.type, what: COMPUTED[first.type] } : ANY;
}

/** The static type of any operand. */
export function typeOf(rule: unknown, ctx: TypeContext): Typed {
  if (typeof rule === 'number') return { type: 'number', what: `il numero ${formatItalianNumber(rule)}` };
  if (typeof rule === 'string') {
    const date = isIsoDateString(rule) ? parseCalendarDate(rule) : null;
    return date ? { type: 'date', what: `la data ${formatDayMonthYear(date)}` } : { type: 'text', what: `il testo «${rule}»` };
  }
  if (typeof rule === 'boolean') return { type: 'boolean', what: `il valore ${rule ? 'vero' : 'falso'}` };
  if (Array.isArray(rule)) return { type: 'list', what: 'un elenco' };
  if (!isOperation(rule)) return ANY;
  const op = operatorOf(rule);
  const args = argumentsOf(rule[op]);
  if (op === 'var') return typeof args[0] === 'string' ? typeOfVar(args[0], ctx) : ANY;
  if (op === 'today') return { type: 'date', what: 'la data di oggi' };
  if (op === 'age') return { type: 'number', what: "l'età" };
  if (op === 'count') return { type: 'number', what: 'il numero di elementi' };
  if (op === 'if') {
    // Branch values are at odd positions, plus a final "else".
    const values = args.filter((_, i) => i % 2 === 1 || i === args.length - 1);
    return common(values.map((v) => typeOf(v, ctx)));
  }
  if (op === 'bracket' && Array.isArray(args[1])) {
    const results = (args[1] as unknown[]).map((row) => (Array.isArray(row) ? row[1] : undefined));
    return common([...results, args[2]].map((v) => typeOf(v, ctx)));
  }
  const info = operationInfo(op);
  return info && info.result !== 'any' ? { type: info.result, what: COMPUTED[info.result] } : ANY;
}

/**
 * Why comparing `a` with `b` is wrong, or null. Dates and lists compared with
 * something else are errors (the result is silently meaningless); other mixes
 * are warnings, because JsonLogic's loose equality sometimes makes them work.
 */
export function comparisonProblem(a: Typed, b: Typed): { message: string; severity: 'error' | 'warning' } | null {
  if (a.type === 'any' || b.type === 'any' || a.type === b.type) return null;
  const types = new Set([a.type, b.type]);
  let hint = '';
  if (types.has('date') && types.has('number')) hint = ": per un'età usa «età» (anni compiuti da una data)";
  else if (types.has('date') && types.has('text')) hint = ': scrivi le date come AAAA-MM-GG';
  else if (types.has('list') && types.has('number')) hint = ': per contare gli elementi usa «numero di»';
  const severity = types.has('date') || types.has('list') ? 'error' : 'warning';
  return { message: `La regola confronta ${a.what} con ${b.what}${hint}`, severity };
}
