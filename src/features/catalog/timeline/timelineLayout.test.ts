import { describe, expect, it } from 'vitest';
import { entry } from '../model/testing';
import { addMonths, layoutBars, positionPct, romeMonthOf, timelineRange } from './timelineLayout';

describe('opening calendar geometry', () => {
  it('steps months across years', () => {
    expect(addMonths('2027-11', 3)).toBe('2028-02');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(romeMonthOf(new Date('2027-02-28T23:30:00Z'))).toBe('2027-03'); // already 1 March in Rome
  });

  it('splits the range into months proportional to their days, from Rome midnight', () => {
    const range = timelineRange('2027-02', 2); // February (28 days) + March (31 days)
    expect(new Date(range.startMs).toISOString()).toBe('2027-01-31T23:00:00.000Z');
    expect(range.months.map((m) => m.month)).toEqual(['2027-02', '2027-03']);
    const totalHours = 28 * 24 + 31 * 24 - 1; // the DST change in March is an hour short
    expect(range.months[0].widthPct).toBeCloseTo(((28 * 24) / totalHours) * 100, 5);
    expect(range.months[1].leftPct).toBeCloseTo(range.months[0].widthPct, 5);
  });

  it('places each window, clipped to the range, sorted by opening', () => {
    const range = timelineRange('2027-03', 3);
    const nido = entry('nido', { title: 'Nido', status: 'scheduled', opensAt: '2027-03-01T00:00:00+01:00', closesAt: '2027-04-01T00:00:00+02:00' });
    const mensa = entry('mensa', { title: 'Mensa', status: 'scheduled', opensAt: '2027-02-01T00:00:00+01:00', closesAt: '2027-03-16T00:00:00+01:00' });
    const centri = entry('centri', { title: 'Centri estivi', status: 'draft', opensAt: '2027-05-15T00:00:00+02:00', closesAt: null });
    const old = entry('old', { title: 'Vecchio', status: 'scheduled', opensAt: '2026-01-01T00:00:00+01:00', closesAt: '2026-02-01T00:00:00+01:00' });
    const none = entry('none', { title: 'Senza date', status: 'published' });
    const bars = layoutBars([nido, mensa, centri, old, none], range);
    expect(bars.map((b) => b.entry.id)).toEqual(['mensa', 'nido', 'centri']);
    const [m, n, c] = bars;
    expect(m.leftPct).toBe(0);
    expect(m.clippedStart).toBe(true);
    expect(n.leftPct).toBe(0);
    expect(n.widthPct).toBeCloseTo(range.months[0].widthPct, 5);
    expect(n.clippedStart || n.clippedEnd).toBe(false);
    expect(c.clippedEnd).toBe(true);
    expect(c.leftPct + c.widthPct).toBeCloseTo(100, 5);
  });

  it('clamps positions (today before or after the range)', () => {
    const range = timelineRange('2027-03', 1);
    expect(positionPct(range, range.startMs - 1e9)).toBe(0);
    expect(positionPct(range, range.endMs + 1e9)).toBe(100);
  });
});
