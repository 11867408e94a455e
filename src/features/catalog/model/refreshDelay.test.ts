import { describe, expect, it } from 'vitest';
import { serviceAvailability, type SchedulableService } from '../../../runtime/schedule';
import { MAX_REFRESH_MS, refreshDelay } from './refreshDelay';

const nido: SchedulableService = {
  status: 'scheduled',
  schedule: { opensAt: '2027-03-01T08:00:00.000Z', closesAt: '2027-03-31T22:00:00.000Z' },
};

describe('when the catalogue refreshes its statuses', () => {
  it('wakes up just after a window opens, so "Programmato" turns into "Aperto" by itself', () => {
    const now = new Date('2027-03-01T07:59:30.000Z');
    const delay = refreshDelay([nido], now);
    expect(delay).toBe(30_001);
    const later = new Date(now.getTime() + delay);
    expect(serviceAvailability(nido, now).state).toBe('scheduled-before');
    expect(serviceAvailability(nido, later).state).toBe('scheduled-open');
  });

  it('and just after it closes', () => {
    const now = new Date('2027-03-31T21:59:59.000Z');
    const later = new Date(now.getTime() + refreshDelay([nido], now));
    expect(serviceAvailability(nido, later).label).toBe('Chiuso');
  });

  it('otherwise once a minute (relative times), and never for nothing in the past', () => {
    expect(refreshDelay([nido], new Date('2027-01-01T00:00:00Z'))).toBe(MAX_REFRESH_MS + 1);
    expect(refreshDelay([], new Date())).toBe(MAX_REFRESH_MS + 1);
    expect(refreshDelay([{ status: 'published', schedule: {} }], new Date())).toBe(MAX_REFRESH_MS + 1);
  });
});
