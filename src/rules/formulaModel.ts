/**
 * The formula model the visual builder edits for amounts, fees and points:
 * numbers and fields, + − × ÷, min, max, rounding, "se … allora … altrimenti …",
 * brackets (ISEE tables), age from a date, number and sum of list items.
 * Stored as JsonLogic; `formulaFromJsonLogic` returns `null` for anything the
 * builder cannot show, and round-trips every model it produces.
 */
import type { JsonLogicRule } from '../model/types';
import { argumentsOf, isOperation, operatorOf } from './catalog';
import { conditionFromJsonLogic, conditionToJsonLogic, type ConditionGroup, type FieldKinds } from './conditionModel';

export type ArithmeticOperator = '+' | '-' | '*' | '/';
/** `half_up`: commercial rounding (`round`); `down`: `floor`; `up`: `ceil`. */
export type RoundingMode = 'half_up' | 'down' | 'up';

/** One row of a bracket table: values up to `upTo` (included) give `result`. */
export interface BracketStep {
  upTo: number;
  result: FormulaNode;
}

export type FormulaNode =
  | { type: 'number'; value: number }
  | { type: 'field'; field: string }
  | { type: 'binary'; operator: ArithmeticOperator; left: FormulaNode; right: FormulaNode }
  | { type: 'min' | 'max'; args: FormulaNode[] }
  | { type: 'round'; mode: RoundingMode; decimals: number; arg: FormulaNode }
  | { type: 'if'; condition: ConditionGroup; then: FormulaNode; else: FormulaNode }
  | { type: 'age'; field: string }
  | { type: 'count'; field: string }
  | { type: 'sum'; field: string; property: string }
  | { type: 'bracket'; arg: FormulaNode; steps: BracketStep[]; otherwise: FormulaNode };

const ROUNDING_OPS: Record<RoundingMode, string> = { half_up: 'round', down: 'floor', up: 'ceil' };
const fieldVar = (field: string): JsonLogicRule => ({ var: field });

/** JsonLogic of a formula. */
export function formulaToJsonLogic(node: FormulaNode): JsonLogicRule {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'field':
      return fieldVar(node.field);
    case 'binary':
      return { [node.operator]: [formulaToJsonLogic(node.left), formulaToJsonLogic(node.right)] };
    case 'min':
    case 'max':
      return { [node.type]: node.args.map(formulaToJsonLogic) };
    case 'round':
      return { [ROUNDING_OPS[node.mode]]: [formulaToJsonLogic(node.arg), node.decimals] };
    case 'if':
      return { if: [conditionToJsonLogic(node.condition), formulaToJsonLogic(node.then), formulaToJsonLogic(node.else)] };
    case 'age':
      return { age: [fieldVar(node.field)] };
    case 'count':
      return { count: [fieldVar(node.field)] };
    case 'sum':
      return { sum_of: node.property === '' ? [fieldVar(node.field)] : [fieldVar(node.field), node.property] };
    case 'bracket':
      return {
        bracket: [
          formulaToJsonLogic(node.arg),
          node.steps.map((step) => [step.upTo, formulaToJsonLogic(step.result)]),
          formulaToJsonLogic(node.otherwise),
        ],
      };
  }
}

// ---------------------------------------------------------------- decoding

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function varField(rule: unknown): string | null {
  if (!isOperation(rule) || operatorOf(rule) !== 'var') return null;
  const args = argumentsOf(rule.var);
  return args.length === 1 && typeof args[0] === 'string' && args[0] !== '' ? args[0] : null;
}

function decodeAll(rules: unknown[], kinds?: FieldKinds): FormulaNode[] | null {
  const nodes: FormulaNode[] = [];
  for (const rule of rules) {
    const node = decode(rule, kinds);
    if (!node) return null;
    nodes.push(node);
  }
  return nodes;
}

function decodeArithmetic(operator: ArithmeticOperator, args: unknown[], kinds?: FieldKinds): FormulaNode | null {
  // + and × are variadic in JsonLogic: read a + b + c as (a + b) + c. − and ÷ take exactly two.
  const variadic = operator === '+' || operator === '*';
  if (args.length < 2 || (!variadic && args.length !== 2)) return null;
  const nodes = decodeAll(args, kinds);
  if (!nodes) return null;
  return nodes.slice(1).reduce<FormulaNode>((left, right) => ({ type: 'binary', operator, left, right }), nodes[0]);
}

function decodeIf(args: unknown[], kinds?: FieldKinds): FormulaNode | null {
  if (args.length < 3 || args.length % 2 === 0) return null;
  const condition = conditionFromJsonLogic(args[0] as JsonLogicRule, kinds);
  const then = decode(args[1], kinds);
  // "se A allora x, altrimenti se B allora y, altrimenti z" nests in the else branch.
  const otherwise = args.length === 3 ? decode(args[2], kinds) : decodeIf(args.slice(2), kinds);
  return condition && then && otherwise ? { type: 'if', condition, then, else: otherwise } : null;
}

function decodeBracket(args: unknown[], kinds?: FieldKinds): FormulaNode | null {
  if (args.length !== 3 || !Array.isArray(args[1])) return null;
  const arg = decode(args[0], kinds);
  const otherwise = decode(args[2], kinds);
  const steps: BracketStep[] = [];
  for (const row of args[1]) {
    if (!Array.isArray(row) || row.length !== 2 || !isFiniteNumber(row[0])) return null;
    const result = decode(row[1], kinds);
    if (!result) return null;
    steps.push({ upTo: row[0], result });
  }
  return arg && otherwise ? { type: 'bracket', arg, steps, otherwise } : null;
}

function decodeRounding(mode: RoundingMode, args: unknown[], kinds?: FieldKinds): FormulaNode | null {
  if (args.length < 1 || args.length > 2) return null;
  const decimals = args.length === 2 ? args[1] : 0;
  if (!isFiniteNumber(decimals) || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) return null;
  const arg = decode(args[0], kinds);
  return arg ? { type: 'round', mode, decimals, arg } : null;
}

function decode(rule: unknown, kinds?: FieldKinds): FormulaNode | null {
  if (isFiniteNumber(rule)) return { type: 'number', value: rule };
  if (!isOperation(rule)) return null;
  const op = operatorOf(rule);
  const args = argumentsOf(rule[op]);
  switch (op) {
    case 'var': {
      const field = varField(rule);
      return field ? { type: 'field', field } : null;
    }
    case '+':
    case '-':
    case '*':
    case '/':
      return decodeArithmetic(op, args, kinds);
    case 'min':
    case 'max': {
      const nodes = args.length > 0 ? decodeAll(args, kinds) : null;
      return nodes ? { type: op, args: nodes } : null;
    }
    case 'round':
      return decodeRounding('half_up', args, kinds);
    case 'floor':
      return decodeRounding('down', args, kinds);
    case 'ceil':
      return decodeRounding('up', args, kinds);
    case 'if':
      return decodeIf(args, kinds);
    case 'age':
    case 'count': {
      const field = args.length === 1 ? varField(args[0]) : null;
      return field ? { type: op, field } : null;
    }
    case 'sum_of': {
      const field = args.length >= 1 && args.length <= 2 ? varField(args[0]) : null;
      const property = args.length === 2 ? args[1] : '';
      return field && typeof property === 'string' ? { type: 'sum', field, property } : null;
    }
    case 'bracket':
      return decodeBracket(args, kinds);
    default:
      return null;
  }
}

/**
 * The builder model of a stored formula, or `null` when it is outside what the
 * builder can show (the UI then shows it read-only). `fieldKinds` is passed on
 * to the conditions of "se … allora … altrimenti …".
 */
export function formulaFromJsonLogic(rule: JsonLogicRule, fieldKinds?: FieldKinds): FormulaNode | null {
  return decode(rule, fieldKinds);
}
