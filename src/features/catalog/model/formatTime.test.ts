import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatRelative } from './formatTime';

const now = Date.UTC(2027, 2, 10, 12, 0);
const MIN = 60_000;

describe('last change, in words', () => {
  it('speaks Italian by default', () => {
    expect(formatRelative(now - 10_000, now, 'it')).toBe('ora');
    expect(formatRelative(now - 5 * MIN, now, 'it')).toBe('5 minuti fa');
    expect(formatRelative(now - 3 * 60 * MIN, now, 'it')).toBe('3 ore fa');
    expect(formatRelative(now - 24 * 60 * MIN, now, 'it')).toBe('ieri');
    expect(formatRelative(now - 800 * 24 * 60 * MIN, now, 'it')).toBe('2 anni fa');
  });

  it('speaks English when asked', () => {
    expect(formatRelative(now - 5 * MIN, now, 'en')).toBe('5 minutes ago');
  });

  it('shows the exact time in Rome, whatever the machine’s zone', () => {
    // 12:00 UTC on 10 March 2027 is 13:00 in Rome (CET).
    expect(formatAbsolute(now, 'it')).toMatch(/10 mar 2027.*13:00/);
  });
});
