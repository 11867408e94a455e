import { describe, expect, test } from 'vitest';
import { formatNumberText, parseNumberText } from './numberText';

describe('parseNumberText', () => {
  test.each([
    ['16500', 16500],
    ['16.500', 16500],
    ['1.234.567', 1234567],
    ['3,50', 3.5],
    ['3.5', 3.5],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['16,500', 16.5],
    ['1,234,567', 1234567],
    [' 400 € ', 400],
    ['-12,5', -12.5],
    ['0', 0],
  ])('%s → %d', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  test.each(['', 'abc', '1,2,3', '1.2.3,4,5', '12a', '€', '--1'])('%s is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  test('what the input shows parses back to the same number', () => {
    for (const n of [0, 2, 3.5, 1500, 16500, 9360.25, -7, 1234567.891]) {
      expect(parseNumberText(formatNumberText(n))).toBe(n);
    }
  });

  test('Italian format groups thousands and uses the comma', () => {
    expect(formatNumberText(16500)).toBe('16.500');
    expect(formatNumberText(1500)).toBe('1.500');
    expect(formatNumberText(3.5)).toBe('3,5');
  });
});
