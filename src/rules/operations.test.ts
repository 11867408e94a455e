import { describe, expect, test } from 'vitest';
import { withReferenceNow } from './clock';
import { age, bracket, ceil, count, daysBetween, floor, round, sumOf, today } from './operations';

// 23:30 UTC on 31 March 2025 is already 1 April in Rome (UTC+2, summer time).
const LATE_EVENING_UTC = new Date('2025-03-31T23:30:00Z');

describe('today', () => {
  test('is the Europe/Rome calendar date of the reference instant', () => {
    expect(withReferenceNow(LATE_EVENING_UTC, today)).toBe('2025-04-01');
    expect(withReferenceNow(new Date('2025-01-15T22:59:00Z'), today)).toBe('2025-01-15');
    expect(withReferenceNow(new Date('2025-01-15T23:00:00Z'), today)).toBe('2025-01-16');
  });
});

describe('age', () => {
  const at = (iso: string) => (birth: string) => withReferenceNow(new Date(iso), () => age(birth));

  test('turns 18 exactly on the birthday, not the day before', () => {
    expect(at('2025-05-09T10:00:00Z')('2007-05-10')).toBe(17);
    expect(at('2025-05-10T10:00:00Z')('2007-05-10')).toBe(18);
  });

  test('uses the Rome date: the birthday starts at midnight in Italy, not in UTC', () => {
    expect(at('2025-05-09T22:30:00Z')('2007-05-10')).toBe(18);
  });

  test('born on 29 February: birthday on 28 February in common years (art. 2963 c.c.)', () => {
    expect(at('2026-02-27T12:00:00Z')('2008-02-29')).toBe(17);
    expect(at('2026-02-28T12:00:00Z')('2008-02-29')).toBe(18);
    expect(at('2028-02-28T12:00:00Z')('2008-02-29')).toBe(19);
    expect(at('2028-02-29T12:00:00Z')('2008-02-29')).toBe(20);
  });

  test('accepts an explicit reference date (age at the end of the school year)', () => {
    expect(age('2022-09-01', '2025-12-31')).toBe(3);
    expect(age('2022-09-01', '2025-08-31')).toBe(2);
  });

  test('missing, invalid or future dates give null', () => {
    expect(age(null)).toBeNull();
    expect(age('')).toBeNull();
    expect(age('2023-02-29')).toBeNull();
    expect(age('10/05/2007')).toBeNull();
    expect(age('2030-01-01', '2025-01-01')).toBeNull();
  });

  test('reads a zoned date-time as an instant in Rome', () => {
    expect(age('2007-05-09T22:30:00Z', '2025-05-10')).toBe(18);
  });
});

describe('days_between', () => {
  test('counts calendar days across the daylight-saving change', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-31', '2025-10-25')).toBe(-6);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('x', '2024-03-01')).toBeNull();
  });
});

describe('rounding', () => {
  test('round is half away from zero, as for euro amounts', () => {
    expect(round(2.345, 2)).toBe(2.35);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.5)).toBe(3);
    expect(round(-2.5)).toBe(-3);
    expect(round('16500.499')).toBe(16500);
    expect(round(-0.4)).toBe(0);
    expect(Object.is(round(-0.4), -0)).toBe(false);
  });

  test('floor and ceil do not trip on binary fractions', () => {
    expect(floor(0.29 * 100)).toBe(29);
    expect(floor(2.999, 2)).toBe(2.99);
    expect(ceil(1.1 * 100)).toBe(110); // 110.00000000000001 in binary
    expect(ceil(2.001, 2)).toBe(2.01);
  });

  test('bad inputs give null', () => {
    expect(round(null)).toBeNull();
    expect(round('abc')).toBeNull();
    expect(round(1.5, 2.5)).toBeNull();
    expect(round(1.5, 11)).toBeNull();
  });
});

describe('count and sum_of', () => {
  const nucleo = [
    { nome: 'Giulia', reddito: 12000.1 },
    { nome: 'Marco', reddito: '3000.2' },
    { nome: 'Sara' },
  ];
  test('count is the number of items; a non-list is 0', () => {
    expect(count(nucleo)).toBe(3);
    expect(count([])).toBe(0);
    expect(count(null)).toBe(0);
    expect(count('abc')).toBe(0);
  });
  test('sum_of sums a property, skipping what is not a number, without float noise', () => {
    expect(sumOf(nucleo, 'reddito')).toBe(15000.3);
    expect(sumOf([0.1, 0.2])).toBe(0.3);
    expect(sumOf([{ a: { b: 2 } }, { a: { b: 3 } }], 'a.b')).toBe(5);
    expect(sumOf([{ a: 1 }], 'constructor')).toBe(0);
    expect(sumOf(undefined, 'x')).toBe(0);
  });
});

describe('bracket', () => {
  const table = [
    [6000, 2],
    [9360, 3.5],
    [15000, 4],
  ];
  test('upper bounds are inclusive; above the last one is "otherwise"', () => {
    expect(bracket(0, table, 4.5)).toBe(2);
    expect(bracket(6000, table, 4.5)).toBe(2);
    expect(bracket(6000.01, table, 4.5)).toBe(3.5);
    expect(bracket(15000, table, 4.5)).toBe(4);
    expect(bracket(15000.01, table, 4.5)).toBe(4.5);
  });
  test('no value falls in "otherwise"; a broken table is null for every value', () => {
    expect(bracket(null, table, 4.5)).toBe(4.5);
    expect(bracket(1, [[6000, 2], ['x', 3]], 4.5)).toBeNull();
    expect(bracket(1, 'table', 4.5)).toBeNull();
  });
});
