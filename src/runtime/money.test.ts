import { describe, expect, it } from 'vitest';
import { formatEuro, fromCents, roundEuros, toCents } from './money';

describe('money', () => {
  it('converts euros to cents as written, not as stored in binary', () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(-2.675)).toBe(-268);
    expect(toCents(1e21)).toBe(1e23);
    expect(fromCents(12_345)).toBe(123.45);
    expect(roundEuros(333.3333)).toBe(333.33);
  });

  it('rejects non-finite amounts', () => {
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
  });

  it('formats in Italian', () => {
    expect(formatEuro(1234.5)).toMatch(/^1\.?234,50\s€$/);
  });
});
