import { describe, expect, it } from 'vitest';
import { formatWhen } from './formatWhen';

describe('formatWhen', () => {
  it('formats an instant in Italian or English, and nothing for a missing or bad value', () => {
    const at = Date.UTC(2026, 10, 26, 13, 5);
    expect(formatWhen(at, 'it')).toMatch(/^26\/11\/26, \d\d:05$/);
    expect(formatWhen(new Date(at).toISOString(), 'en')).toMatch(/^26\/11\/2026, \d\d:05$/);
    expect(formatWhen(null, 'it')).toBe('');
    expect(formatWhen('not a date', 'it')).toBe('');
  });
});
