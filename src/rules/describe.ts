/**
 * Rules in words: the sentence officials read wherever a rule appears (canvas
 * summaries, inspector, preview explanations). Works on any JsonLogic, not only
 * on what the builder makes; unknown operators are named, never fatal.
 */
import type { JsonLogicRule } from '../model/types';
import { argumentsOf, isOperation, operatorOf } from './catalog';
import type { FieldKinds } from './conditionModel';
import { EN_PHRASES } from './describe.en';
import { IT_PHRASES } from './describe.it';
import { CONDITION_HANDLERS } from './describeConditions';
import { CLAUSE, described, valueText, type DescribeContext, type Described, type FieldLabels } from './describeContext';
import { FORMULA_HANDLERS, generic } from './describeFormulas';
import type { Phrases } from './phrases';

export type { FieldLabels } from './describeContext';

export interface DescribeOptions {
  /** Value kinds of fields: amounts of money fields get "€", date fields date wording. */
  fieldKinds?: FieldKinds;
}

const PHRASES: Readonly<Record<string, Phrases>> = { it: IT_PHRASES, en: EN_PHRASES };
const HANDLERS = { ...FORMULA_HANDLERS, ...CONDITION_HANDLERS };
// Far beyond any real rule; keeps a pathological rule from exhausting the stack.
const MAX_DEPTH = 100;

function describeNode(rule: unknown, ctx: DescribeContext): Described {
  if (ctx.depth > MAX_DEPTH) return described('…');
  if (!isOperation(rule)) {
    if (rule !== null && typeof rule === 'object' && !Array.isArray(rule)) return described(ctx.p.unreadable, CLAUSE);
    return described(valueText(rule, ctx));
  }
  const op = operatorOf(rule);
  const args = argumentsOf(rule[op]);
  const handler = Object.prototype.hasOwnProperty.call(HANDLERS, op) ? HANDLERS[op] : generic;
  return handler(args, ctx, op);
}

function context(p: Phrases, labels: FieldLabels, kinds: FieldKinds | undefined, scope: string | null, depth: number): DescribeContext {
  return {
    p,
    labels,
    kinds,
    scope,
    depth,
    describe(rule, nextScope) {
      const child = context(p, labels, kinds, nextScope === undefined ? scope : nextScope, depth + 1);
      return describeNode(rule, child);
    },
  };
}

/**
 * Describes a rule in natural language (Italian by default, `'en'` for
 * English; other languages fall back to Italian). Numbers are written in the
 * language's format (16.500), dates as dd/mm/yyyy, fields by their label
 * (`labels(key)`; unknown keys shown as «key»). Never throws.
 * @example describeRule({"<=": [{"var": "isee.value"}, 16500]}, labels) → "ISEE (valore) è al massimo 16.500"
 */
export function describeRule(rule: JsonLogicRule, labels: FieldLabels, language: string = 'it', options: DescribeOptions = {}): string {
  const p = PHRASES[language] ?? IT_PHRASES;
  try {
    return describeNode(rule, context(p, safeLabels(labels), options.fieldKinds, null, 0)).text;
  } catch {
    return p.unreadable;
  }
}

// A label callback that throws or returns a non-string must not break the sentence.
function safeLabels(labels: FieldLabels): FieldLabels {
  return (key) => {
    try {
      const label = labels(key);
      return typeof label === 'string' && label !== '' ? label : undefined;
    } catch {
      return undefined;
    }
  };
}
