/**
 * Rule lint: the problems an official should see in the editor and that
 * `npm run validate` reports, each with the JSON pointer of the offending part
 * and an Italian message that names the field by its label.
 */
import type { JsonLogicRule } from '../model/types';
import { FORBIDDEN_OPERATIONS, argumentsOf, isOperation, operationInfo, operatorOf } from './catalog';
import { comparisonProblem, formatItalianNumber, typeOf, type TypeContext, type Typed } from './lintTypes';
import { fieldPhrase, resolveField, type FieldMap } from './lintFields';
import { unsafeVarPath } from './safety';

export type { FieldInfo, FieldMap } from './lintFields';

export interface LintIssue {
  /** JSON pointer of the problem (the `path` given, extended into the rule). */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface LintOptions {
  /**
   * List fields whose item fields the rule may name directly, innermost last:
   * the visibility of a field inside the `nucleo` group may say `data_nascita`.
   */
  scopes?: readonly string[];
}

interface Walk extends TypeContext {
  issues: LintIssue[];
  /** Inside a list operation over something lint cannot resolve: do not flag item fields. */
  unknownScope: boolean;
}

const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', 'min', 'max', 'round', 'floor', 'ceil']);
const escapeToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

function arity(min: number, max: number): string {
  const n = (k: number) => `${k} ${k === 1 ? 'argomento' : 'argomenti'}`;
  if (max === Infinity) return `almeno ${n(min)}`;
  if (min === max) return n(min);
  return max === min + 1 ? `${min} o ${n(max)}` : `da ${min} a ${n(max)}`;
}

function report(w: Walk, path: string, message: string, severity: LintIssue['severity'] = 'error'): void {
  w.issues.push({ path, message, severity });
}

function checkField(path: string, pointer: string, w: Walk): void {
  if (w.unknownScope) return;
  if (w.inReduce && (path === 'accumulator' || path === 'current')) return;
  const relative = w.inReduce && path.startsWith('current.') ? path.slice('current.'.length) : path;
  if (relative === '') return;
  const resolved = resolveField(relative, w.fields, w.scopes);
  if (resolved.status !== 'missing') return;
  const hint = resolved.suggestion ? `. Forse intendevi «${resolved.suggestion}»?` : '';
  report(w, pointer, `La regola usa il campo «${relative}», che non esiste nel servizio${hint}`);
}

function checkOperand(t: Typed, op: string, pointer: string, w: Walk): void {
  if (t.type === 'date' || t.type === 'list' || t.type === 'boolean') {
    report(w, pointer, `La regola usa ${t.what} in un calcolo («${op}»): il risultato non sarebbe un numero`);
  } else if (t.type === 'text') {
    report(w, pointer, `La regola usa ${t.what} in un calcolo («${op}»): funziona solo se contiene un numero`, 'warning');
  }
}

function checkBracket(args: unknown[], tablePointer: string, w: Walk): void {
  const rows = args[1];
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'number')) {
    report(w, tablePointer, 'La tabella delle fasce deve essere un elenco di coppie [limite, valore] con limiti numerici');
    return;
  }
  const bounds = rows.map((r) => (r as number[])[0]);
  const i = bounds.findIndex((b, k) => k > 0 && b <= bounds[k - 1]);
  if (i > 0) {
    // A warning: the rule still computes, but the later row can never (or only partly) apply.
    report(
      w,
      `${tablePointer}/${i}`,
      `Le fasce devono avere limiti crescenti: ${formatItalianNumber(bounds[i])} viene dopo ${formatItalianNumber(bounds[i - 1])}`,
      'warning',
    );
  }
}

/** Scope for the second argument of a list operation. */
function itemScope(list: unknown, pointer: string, w: Walk): Pick<Walk, 'scopes' | 'unknownScope'> {
  const path = isOperation(list) && operatorOf(list) === 'var' ? argumentsOf(list.var)[0] : undefined;
  if (typeof path !== 'string' || w.unknownScope) return { scopes: w.scopes, unknownScope: true };
  const resolved = resolveField(path, w.fields, w.scopes);
  if (resolved.status !== 'field') return { scopes: w.scopes, unknownScope: true };
  if (resolved.info.kind !== 'list' && resolved.info.kind !== 'multi_choice') {
    report(w, pointer, `La regola scorre gli elementi di ${fieldPhrase(resolved.info)}, che non è un elenco`);
    return { scopes: w.scopes, unknownScope: true };
  }
  return { scopes: [...w.scopes, resolved.key], unknownScope: false };
}

function walk(node: unknown, pointer: string, w: Walk): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${pointer}/${i}`, w));
    return;
  }
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    report(w, pointer, keys.length === 0 ? 'La regola contiene un elemento vuoto' : `Un elemento della regola contiene più operazioni insieme (${keys.join(', ')})`);
    return;
  }
  const op = keys[0];
  const raw = (node as Record<string, unknown>)[op];
  const args = argumentsOf(raw);
  const at = (i: number): string => (Array.isArray(raw) ? `${pointer}/${escapeToken(op)}/${i}` : `${pointer}/${escapeToken(op)}`);
  const info = operationInfo(op);
  if (Object.prototype.hasOwnProperty.call(FORBIDDEN_OPERATIONS, op)) {
    report(w, pointer, `L'operazione «${op}» non è consentita: ${FORBIDDEN_OPERATIONS[op]}`);
  } else if (!info) {
    report(w, pointer, `Operazione sconosciuta «${op}»: la regola non può essere calcolata`);
  } else if (args.length < info.minArgs || args.length > info.maxArgs) {
    report(w, pointer, `L'operazione «${op}» richiede ${arity(info.minArgs, info.maxArgs)}, ma ne ha ${args.length}`);
  } else if (op === 'if' && args.length % 2 === 0) {
    report(w, pointer, 'Manca il valore «altrimenti»: se nessuna condizione è vera il risultato è vuoto', 'warning');
  }

  if (op === 'var') {
    const unsafe = unsafeVarPath(args[0]);
    if (unsafe) report(w, pointer, `Campo non valido: ${unsafe}`);
    else if (typeof args[0] === 'string') checkField(args[0], pointer, w);
    if (args.length > 1) walk(args[1], at(1), w);
    return;
  }
  if (op === 'missing' || op === 'missing_some') {
    const keys = op === 'missing_some' ? args[1] : args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (Array.isArray(keys)) keys.forEach((k) => typeof k === 'string' && checkField(k, pointer, w));
    return;
  }
  if (info?.scoped) {
    walk(args[0], at(0), w);
    const scope = itemScope(args[0], at(0), w);
    walk(args[1], at(1), { ...w, ...scope, inReduce: op === 'reduce' });
    args.slice(2).forEach((arg, i) => walk(arg, at(i + 2), w));
    return;
  }
  args.forEach((arg, i) => walk(arg, at(i), w));
  checkTypes(op, args, at, pointer, w);
}

function checkTypes(op: string, args: unknown[], at: (i: number) => string, pointer: string, w: Walk): void {
  const types = (): Typed[] => args.map((a) => typeOf(a, w));
  if (COMPARISONS.has(op)) {
    const t = types();
    for (let i = 0; i + 1 < t.length; i++) {
      const problem = comparisonProblem(t[i], t[i + 1]);
      if (problem) report(w, pointer, problem.message, problem.severity);
    }
  } else if (ARITHMETIC.has(op)) {
    // Only the values: the number of decimals of round/floor/ceil is checked by evaluation.
    const values = ['round', 'floor', 'ceil'].includes(op) ? types().slice(0, 1) : types();
    values.forEach((t, i) => checkOperand(t, op, at(i), w));
  } else if (op === 'age' || op === 'days_between') {
    types().forEach((t, i) => {
      if (t.type !== 'any' && t.type !== 'date') {
        report(w, at(i), `«${op === 'age' ? 'età' : 'giorni tra'}» richiede una data, ma riceve ${t.what}`, t.type === 'text' ? 'warning' : 'error');
      }
    });
  } else if (op === 'count' || op === 'sum_of') {
    const [list] = types();
    if (list && list.type !== 'any' && list.type !== 'list') {
      report(w, at(0), `«${op === 'count' ? 'numero di' : 'somma di'}» richiede un elenco, ma riceve ${list.what}: il risultato sarebbe sempre 0`);
    }
    if (op === 'sum_of' && typeof args[1] === 'string') checkSumProperty(args[0], args[1], at(1), w);
  } else if (op === 'bracket') {
    checkBracket(args, at(1), w);
    const [subject] = types();
    if (subject && subject.type !== 'any' && subject.type !== 'number') {
      report(w, at(0), `Le fasce confrontano limiti numerici con ${subject.what}`);
    }
  }
}

function checkSumProperty(list: unknown, property: string, pointer: string, w: Walk): void {
  const path = isOperation(list) && operatorOf(list) === 'var' ? argumentsOf(list.var)[0] : undefined;
  if (typeof path !== 'string' || w.unknownScope) return;
  const resolved = resolveField(path, w.fields, w.scopes);
  if (resolved.status === 'field') checkField(property, pointer, { ...w, scopes: [...w.scopes, resolved.key] });
}

/**
 * Lints one rule against the fields of its service. `path` is the JSON pointer
 * of the rule in the definition (e.g. `/requirements/0/rule`); issues point
 * inside it (`/requirements/0/rule/and/0/<=/0`).
 */
export function lintRule(rule: JsonLogicRule, fields: FieldMap, path: string = '', options: LintOptions = {}): LintIssue[] {
  const w: Walk = { fields, issues: [], scopes: options.scopes ?? [], inReduce: false, unknownScope: false };
  try {
    walk(rule, path, w);
  } catch {
    // Only a pathological (e.g. cyclic or absurdly deep) object gets here.
    report(w, path, 'La regola non può essere analizzata');
  }
  return w.issues;
}
