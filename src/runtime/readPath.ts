/**
 * Reading an answer by its dotted path (`isee.value`, `nucleo.0.nome`), the
 * way JsonLogic's `{"var": …}` reads it, so that settings naming a field
 * (a tie-breaker's field, the benefit's household-size field) see the same
 * value the rules do. Composite fields (ISEE, address) and sections nest their
 * answers, so a flat `answers[key]` misses them.
 */

/**
 * The value at `path` in `data`, or `undefined` when any step is missing.
 * `''` is the data itself (as `{"var": ""}`). Only own properties are read:
 * a path from a file can never reach `__proto__` or a prototype method.
 */
export function readPath(data: unknown, path: string): unknown {
  if (path === '') return data;
  let current: unknown = data;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
