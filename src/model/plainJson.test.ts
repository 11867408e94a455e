import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, toPlainJson } from './plainJson';

describe('toPlainJson', () => {
  it('copies plain data into fresh objects', () => {
    const input = { a: [1, { b: 'x' }], c: null, d: true };
    const result = toPlainJson(input, true);
    expect(result).toEqual({ ok: true, value: input });
    if (!result.ok) return;
    const value = result.value as typeof input;
    expect(value).not.toBe(input);
    expect(value.a).not.toBe(input.a);
    expect(value.a[1]).not.toBe(input.a[1]);
  });

  it('checks without copying when asked', () => {
    const input = { a: [1] };
    const result = toPlainJson(input, false);
    expect(result.ok && result.value).toBe(input);
  });

  it('drops undefined properties, like JSON.stringify', () => {
    expect(toPlainJson({ a: 1, b: undefined }, true)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('accepts objects without prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(toPlainJson(bare, true)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('rejects non-JSON values with their path', () => {
    const result = toPlainJson(
      { when: new Date(0), f: () => 1, n: Number.NaN, big: 1n, list: [undefined], map: new Map() },
      true,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: '/when', message: 'Valore non ammesso in un file JSON (Date)' },
      { path: '/f', message: 'Valore non ammesso in un file JSON (funzione)' },
      { path: '/n', message: 'Valore non ammesso in un file JSON (NaN)' },
      { path: '/big', message: 'Valore non ammesso in un file JSON (bigint)' },
      { path: '/list/0', message: 'Valore non ammesso in un file JSON (undefined)' },
      { path: '/map', message: 'Valore non ammesso in un file JSON (Map)' },
    ]);
  });

  it('rejects __proto__ keys, also as created by JSON.parse', () => {
    const parsed = JSON.parse('{"props": {"__proto__": {"polluted": true}}}') as unknown;
    for (const copy of [true, false]) {
      expect(toPlainJson(parsed, copy)).toEqual({
        ok: false,
        errors: [{ path: '/props/__proto__', message: 'La chiave «__proto__» non è ammessa' }],
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports getters that throw and revoked proxies, and keeps going', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const input = {
      get broken(): never {
        throw new Error('no');
      },
      proxy,
      fine: 1,
    };
    const result = toPlainJson(input, true);
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: '/broken', message: 'Impossibile leggere il valore: no' },
        { path: '/proxy', message: expect.stringMatching(/^Impossibile leggere il valore: /) },
      ],
    });
  });

  it('reads getters that work, once, into data', () => {
    let reads = 0;
    const input = {
      get title() {
        reads += 1;
        return 'Bonus';
      },
    };
    const result = toPlainJson(input, true);
    expect(result).toEqual({ ok: true, value: { title: 'Bonus' } });
    expect(reads).toBe(1);
    if (result.ok) expect(Object.getOwnPropertyDescriptor(result.value, 'title')?.get).toBeUndefined();
  });

  it('rejects cycles and excessive nesting without overflowing the stack', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const result = toPlainJson(cyclic, true);
    expect(result.ok).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const deepResult = toPlainJson(deep, false);
    expect(deepResult.ok).toBe(false);
    if (!deepResult.ok) expect(deepResult.errors[0].message).toContain(String(MAX_JSON_DEPTH));
  });

  it('rejects huge sparse arrays without walking them', () => {
    const result = toPlainJson({ list: new Array(1e9) }, true);
    expect(result.ok).toBe(false);
  });
});
