/**
 * Reading answers by dotted path, as JsonLogic's `var` does
 * (`abitazione.tipo_abitazione`, `componenti.0.nome`).
 */
import { readPath } from '../readPath';
import type { FlowAnswers } from './types';

/** The value at a dotted path, or undefined. Never walks into prototypes (see `readPath`). */
export const valueAt: (data: unknown, path: string) => unknown = readPath;

/** Whether a value counts as an answer: not missing, not an empty text, not an empty list. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether the answer at `path` is given. */
export function isAnsweredAt(answers: FlowAnswers, path: string): boolean {
  return isAnswered(valueAt(answers, path));
}
