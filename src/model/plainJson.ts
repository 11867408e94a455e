/**
 * Making sure a loaded value is plain JSON data before anything else reads it.
 *
 * Values handed to `restore()` may come from anywhere (IndexedDB, a test, a
 * plug-in): getters that throw, class instances, cycles, functions, absurd
 * nesting, `__proto__` keys. One bounded walk either copies the value into
 * fresh plain objects and arrays, detached from the input, or says what is
 * wrong and where. For text just parsed by `JSON.parse` (already fresh) the
 * same walk only checks, without copying.
 */
import { childPath, type Issue } from './issues';
import { restoreMessages as msg } from './messages.it';

/** Maximum nesting of objects and arrays; deeper input is rejected, never recursed into. */
export const MAX_JSON_DEPTH = 256;
/** Maximum length of one array (a sparse `new Array(1e9)` must not hang the walk). */
export const MAX_ARRAY_LENGTH = 200_000;
/** Stop collecting after this many problems: the first ones are what a user can act on. */
const MAX_ISSUES = 50;

export type PlainJsonResult = { ok: true; value: unknown } | { ok: false; errors: Issue[] };

/** An object's kind for a message ("Date", "Map", "funzione"). */
function kindOf(value: unknown): string {
  if (typeof value === 'function') return 'funzione';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object' || value === null) return typeof value;
  try {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'oggetto';
  } catch {
    return 'oggetto';
  }
}

/**
 * A plain object: its prototype is null or *an* `Object.prototype` (whose own
 * prototype is null), which also accepts objects from another realm (iframe).
 */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function errorDetail(error: unknown): string {
  try {
    return error instanceof Error ? error.message : 'errore sconosciuto';
  } catch {
    return 'errore sconosciuto';
  }
}

class Walker {
  readonly issues: Issue[] = [];
  /**
   * Segments of the current path. Paths are only built into strings when a
   * problem is reported: building one per value made the walk several times
   * slower on a 1,000-field service.
   */
  private readonly segments: (string | number)[] = [];

  constructor(private readonly copy: boolean) {}

  private report(message: string, extra?: string | number): undefined {
    if (this.issues.length < MAX_ISSUES) {
      let path = '';
      for (const segment of this.segments) path = childPath(path, segment);
      if (extra !== undefined) path = childPath(path, extra);
      this.issues.push({ path, message });
    }
    return undefined;
  }

  visit(value: unknown, depth: number): unknown {
    if (this.issues.length >= MAX_ISSUES) return undefined;
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : this.report(msg.notJsonValue(kindOf(value)));
      case 'object':
        if (value === null) return null;
        if (depth >= MAX_JSON_DEPTH) return this.report(msg.tooDeep(MAX_JSON_DEPTH));
        try {
          return Array.isArray(value) ? this.visitArray(value, depth) : this.visitObject(value, depth);
        } catch (error) {
          // A Proxy that throws: name the place, keep going elsewhere.
          return this.report(msg.unreadable(errorDetail(error)));
        }
      default:
        return this.report(msg.notJsonValue(kindOf(value)));
    }
  }

  private visitChild(value: unknown, segment: string | number, depth: number): unknown {
    this.segments.push(segment);
    try {
      return this.visit(value, depth + 1);
    } finally {
      this.segments.pop();
    }
  }

  private visitArray(array: readonly unknown[], depth: number): unknown {
    const length = array.length;
    if (length > MAX_ARRAY_LENGTH) return this.report(msg.tooLong(MAX_ARRAY_LENGTH));
    const out: unknown[] | undefined = this.copy ? new Array<unknown>(length) : undefined;
    for (let i = 0; i < length; i += 1) {
      const item = array[i];
      const copied = item === undefined ? this.report(msg.notJsonValue('undefined'), i) : this.visitChild(item, i, depth);
      if (out) out[i] = copied;
    }
    return out ?? array;
  }

  private visitObject(object: object, depth: number): unknown {
    if (!isPlainObject(object)) return this.report(msg.notJsonValue(kindOf(object)));
    const source = object as Record<string, unknown>;
    const out: Record<string, unknown> | undefined = this.copy ? {} : undefined;
    for (const key of Object.keys(source)) {
      // An own "__proto__" key (JSON.parse creates one) would, once copied
      // with plain assignment, replace an object's prototype.
      if (key === '__proto__') {
        this.report(msg.forbiddenKey(key), key);
        continue;
      }
      let item: unknown;
      try {
        item = source[key];
      } catch (error) {
        // A getter that throws: name the property, keep reading the others.
        this.report(msg.unreadable(errorDetail(error)), key);
        continue;
      }
      // Like JSON.stringify, an undefined property is an absent property.
      if (item === undefined) continue;
      const copied = this.visitChild(item, key, depth);
      if (out) out[key] = copied;
    }
    return out ?? object;
  }
}

/** Thrown by the fast paths at the first problem; the detailed walk then says what and where. */
const NOT_PLAIN = Symbol('not plain JSON');

/**
 * Fast path for the common case, valid data: small functions, no path
 * bookkeeping, which matters most on a cold start (before the engine has
 * optimised anything) where the detailed walker is several times slower.
 */
function checkFast(value: unknown, depth: number): void {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return;
    throw NOT_PLAIN;
  }
  if (value === null) return;
  if (depth >= MAX_JSON_DEPTH) throw NOT_PLAIN;
  if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY_LENGTH) throw NOT_PLAIN;
    for (let i = 0; i < value.length; i += 1) {
      if (value[i] === undefined) throw NOT_PLAIN;
      checkFast(value[i], depth + 1);
    }
    return;
  }
  if (!isPlainObject(value)) throw NOT_PLAIN;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i += 1) {
    if (keys[i] === '__proto__') throw NOT_PLAIN;
    const item = (value as Record<string, unknown>)[keys[i]];
    if (item !== undefined) checkFast(item, depth + 1);
  }
}

/** Fast path of the copy; same contract as `checkFast`. */
function copyFast(value: unknown, depth: number): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
    throw NOT_PLAIN;
  }
  if (value === null) return null;
  if (depth >= MAX_JSON_DEPTH) throw NOT_PLAIN;
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > MAX_ARRAY_LENGTH) throw NOT_PLAIN;
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i += 1) {
      const item: unknown = value[i];
      if (item === undefined) throw NOT_PLAIN;
      out[i] = copyFast(item, depth + 1);
    }
    return out;
  }
  if (!isPlainObject(value)) throw NOT_PLAIN;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    if (key === '__proto__') throw NOT_PLAIN;
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = copyFast(item, depth + 1);
  }
  return out;
}

/**
 * Checks that `value` is plain JSON data (null, booleans, finite numbers,
 * strings, arrays, plain objects) within the size bounds. With `copy`, returns
 * a deep copy made of fresh objects; without, returns `value` itself.
 */
export function toPlainJson(value: unknown, copy: boolean): PlainJsonResult {
  try {
    if (copy) return { ok: true, value: copyFast(value, 0) };
    checkFast(value, 0);
    return { ok: true, value };
  } catch {
    // Something is wrong (or a getter or Proxy threw): walk again, slowly,
    // to say what and where.
  }
  const walker = new Walker(copy);
  const result = walker.visit(value, 0);
  return walker.issues.length > 0 ? { ok: false, errors: walker.issues } : { ok: true, value: result };
}
