import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJsonValue, arbServiceDefinition } from './arbitraries';
import { restore, type RestoreResult } from './restore';
import { ServiceDefinitionSchema } from './schema';
import type { ServiceDefinition } from './types';
import { validate } from './validate';

const NUM_RUNS = 200;

/** The contract of every restore() answer. */
function expectWellFormed(result: RestoreResult): void {
  if (result.ok) {
    expect(validate(result.definition)).toEqual([]);
    expect(Array.isArray(result.warnings)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result).not.toHaveProperty('definition');
  for (const issue of result.errors) {
    expect(typeof issue.path).toBe('string');
    expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** Every JSON Pointer in `value`, as segment lists (the root excluded). */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...prefix, i]);
      pathsOf(item, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

/** A JSON copy of `def` with the value at `path` deleted (or replaced when `replacement` is given). */
function mutated(def: ServiceDefinition, path: (string | number)[], replacement?: { value: unknown }): unknown {
  const copy = JSON.parse(JSON.stringify(def)) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement) parent[last] = replacement.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/** A definition with one random path of it picked. */
const arbDefAndPath = fc
  .tuple(arbServiceDefinition(), fc.nat())
  .map(([def, n]) => {
    const paths = pathsOf(def);
    return { def, path: paths[n % paths.length] };
  });

describe('restore: properties', () => {
  it('generated definitions are valid', () => {
    fc.assert(
      fc.property(arbServiceDefinition(), (def) => {
        expect(validate(def)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('valid definitions round-trip exactly through JSON text', () => {
    fc.assert(
      fc.property(arbServiceDefinition(), (def) => {
        const result = restore(JSON.stringify(def));
        expect(result).toStrictEqual({ ok: true, definition: def, warnings: [] });
        const fromObject = restore(def);
        expect(fromObject.ok && fromObject.definition).toStrictEqual(def);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on any value, and answers well-formed', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        const result = restore(value);
        expect(result.ok).toBe(false);
        expectWellFormed(result);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on any text, JSON or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expectWellFormed(restore(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('deleting any property or item of a valid definition never throws nor half-loads', () => {
    fc.assert(
      fc.property(arbDefAndPath, ({ def, path }) => {
        expectWellFormed(restore(mutated(def, path)));
        expectWellFormed(restore(JSON.stringify(mutated(def, path))));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('deleting a required top-level property always fails, naming it', () => {
    const required = ServiceDefinitionSchema.required as string[];
    fc.assert(
      fc.property(arbServiceDefinition(), fc.constantFrom(...required), (def, property) => {
        const result = restore(mutated(def, [property]));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(`/${property}`);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('replacing any value with random JSON never throws nor half-loads', () => {
    fc.assert(
      fc.property(arbDefAndPath, fc.jsonValue({ maxDepth: 3 }), ({ def, path }, value) => {
        expectWellFormed(restore(mutated(def, path, { value })));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a wrong formatVersion always fails at /formatVersion', () => {
    const wrong = fc.oneof(arbJsonValue(1), fc.integer({ min: 2, max: 1000 })).filter((v) => v !== 1);
    fc.assert(
      fc.property(arbServiceDefinition(), wrong, (def, formatVersion) => {
        const result = restore(JSON.stringify({ ...def, formatVersion }));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors[0].path).toBe('/formatVersion');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
