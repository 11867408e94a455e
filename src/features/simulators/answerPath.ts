/**
 * Dotted answer paths (`isee.value`), as rules write them in `{"var": …}`.
 * Only plain own properties are read or written, so a path from a file can
 * never reach `__proto__` or a prototype method.
 */
import type { Answers } from '../../runtime';
import { readPath } from '../../runtime/readPath';

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

/** True when every segment of the path is a safe, non-empty property name. */
export function isSafePath(path: string): boolean {
  return path.split('.').every((s) => s !== '' && !UNSAFE.has(s));
}

/** The value at `path`, or undefined: the runtime's reader, so simulators and rules agree. */
export const getPath: (answers: Answers, path: string) => unknown = readPath;

/** Sets `path` in place, creating the intermediate objects. The caller checks {@link isSafePath}. */
export function setPath(answers: Answers, path: string, value: unknown): void {
  setSegments(answers, path.split('.'), value);
}

/** {@link setPath} with the path already split: hot loops split once, not once per applicant. */
export function setSegments(answers: Answers, segments: readonly string[], value: unknown): void {
  let target: Record<string, unknown> = answers;
  const last = segments.length - 1;
  for (let i = 0; i < last; i += 1) {
    const next = target[segments[i]];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) target[segments[i]] = {};
    target = target[segments[i]] as Record<string, unknown>;
  }
  target[segments[last]] = value;
}
