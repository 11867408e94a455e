/**
 * Dotted answer paths (`isee.value`), as rules write them in `{"var": …}`.
 * Only plain own properties are read or written, so a path from a file can
 * never reach `__proto__` or a prototype method.
 */
import type { Answers } from '../../runtime';

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

/** True when every segment of the path is a safe, non-empty property name. */
export function isSafePath(path: string): boolean {
  return path.split('.').every((s) => s !== '' && !UNSAFE.has(s));
}

/** The value at `path`, or undefined. */
export function getPath(answers: Answers, path: string): unknown {
  let current: unknown = answers;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Sets `path` in place, creating the intermediate objects. The caller checks {@link isSafePath}. */
export function setPath(answers: Answers, path: string, value: unknown): void {
  const segments = path.split('.');
  let target: Record<string, unknown> = answers;
  for (const segment of segments.slice(0, -1)) {
    const next = target[segment];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) target[segment] = {};
    target = target[segment] as Record<string, unknown>;
  }
  target[segments[segments.length - 1]] = value;
}
