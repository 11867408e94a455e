/**
 * Helpers shared by the pattern blocks ("Mattoncini": permit, ranking,
 * payment, benefit, booking).
 *
 * Inspector hints the pattern props schemas use, besides those listed in
 * `props.ts` (the generic inspector maps each to a control; unknown hints
 * fall back to the schema's type):
 *  - "formula":   a JsonLogic formula (number or operation), edited with the
 *                 FormulaBuilder; `x-unit` says what it yields ("€", "punti");
 *  - "condition": a JsonLogic condition, edited with the ConditionBuilder;
 *  - "criteria":  ranking criteria [{id, label, points: formula}];
 *  - "tie-breakers": ordered ranking tie-breakers [{kind, field?, label}];
 *  - "opening-hours": booking hours by weekday, several from–to ranges each;
 *  - "closing-periods": booking closures [{from, to, reason}];
 *  - "documents": required documents [{label, acceptedTypes, maxSizeMb, required}];
 *  - "mime-types": accepted file types (also inside "documents");
 *  - "field":     the key of an answer field of the service (a tie-breaker's field);
 *  - "date" / "time" / "month-day": a calendar date, an HH:MM time, an MM-DD day.
 * `x-show-when: { prop: [values] }` says a prop only matters when a sibling
 * prop has one of the values (e.g. instalments only for recurring payments):
 * the inspector may hide it otherwise.
 */
import type { JsonLogicRule } from '../../model/types';
import type { CompiledNode, JsonSchema, NodeRule } from '../types';
import { PATTERN_FIELD } from './uiFields';

/** Props schema of a JsonLogic formula (a number is a fixed amount). */
export function formulaProp(title: string, unit: string, description?: string): JsonSchema {
  // No `type`: an inspector that does not know "formula" must not offer a number box that drops the formula.
  const schema: JsonSchema = {
    title,
    'x-widget': 'formula',
    'x-unit': unit,
    anyOf: [{ type: 'number' }, { type: 'object' }],
  };
  if (description) schema.description = description;
  return schema;
}

/** Whether a props value can be a JsonLogic rule (anything JSON but `undefined`/functions). */
export function isRule(value: unknown): value is JsonLogicRule {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint';
}

/** A `NodeRule` list entry when `value` is a rule, else nothing. */
export function ruleAt(path: string, value: unknown): NodeRule[] {
  return isRule(value) ? [{ path, rule: value }] : [];
}

/** Escapes markdown syntax in a plain text (a label) placed into generated markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/**
 * A display-only slot of a pattern block: no answer, a markdown text the
 * citizen reads now (`PATTERN_FIELD` renders it), and `x-pattern` so the
 * preview can replace it with the live result of the block's `compute()`.
 */
export function patternDisplay(type: string, title: string, markdown: string): CompiledNode {
  return {
    schema: { type: 'null', readOnly: true, title, 'x-display': true, 'x-pattern': type },
    uiSchema: { 'ui:field': PATTERN_FIELD, 'ui:options': { markdown, variant: 'info', pattern: type } },
    required: false,
  };
}

/** "**Title**\n\ntext" with the title escaped: the heading citizens see on a display slot. */
export function titledMarkdown(title: string, ...paragraphs: Array<string | undefined>): string {
  return [`**${escapeMarkdown(title)}**`, ...paragraphs.filter((p): p is string => !!p)].join('\n\n');
}

/** A plain object, or undefined: props from broken files may hold anything. */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The objects of a list prop, dropping anything else. */
export function objectsOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, unknown> => objectOf(v) !== undefined);
}

/** "1 criterio" / "3 criteri". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The node's own answer: `ctx.self` when the caller gave it (nested nodes), else `answers[key]`. */
export function ownAnswer(node: { key: string }, answers: Record<string, unknown>, ctx: { self?: unknown }): unknown {
  return ctx.self !== undefined ? ctx.self : answers[node.key];
}
