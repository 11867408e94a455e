import { describe, expect, it } from 'vitest';
import { nextRange, parseTime, rangeProblems, withDay, type StoredDay } from './openingHours';

describe('parseTime', () => {
  it('reads times as officials type them', () => {
    expect(['8:30', '08:30', '8.30', '0830', ' 14:05 ', '24:00', '0:00'].map(parseTime)).toEqual([
      '08:30', '08:30', '08:30', '08:30', '14:05', '24:00', '00:00',
    ]);
  });

  it('refuses half-typed and impossible times', () => {
    expect(['', '8', '8:3', '830', '12:60', '25:00', '24:30', 'otto e mezza'].map(parseTime)).toEqual(new Array(8).fill(undefined));
  });
});

describe('rangeProblems', () => {
  it('accepts Alessandria’s morning and afternoon ranges', () => {
    expect(rangeProblems([{ from: '08:30', to: '12:30' }, { from: '14:30', to: '16:30' }])).toEqual([null, null]);
  });

  it('says when a range does not start before it ends', () => {
    expect(rangeProblems([{ from: '13:00', to: '12:30' }, { from: '09:00', to: '09:00' }])).toEqual([
      { kind: 'order', from: '13:00', to: '12:30' },
      { kind: 'order', from: '9:00', to: '9:00' },
    ]);
  });

  it('says which earlier range a range overlaps', () => {
    expect(rangeProblems([{ from: '08:30', to: '12:30' }, { from: '12:00', to: '15:00' }, { from: '12:30', to: '13:00' }])).toEqual([
      null,
      { kind: 'overlap', other: '8:30–12:30' },
      { kind: 'overlap', other: '12:00–15:00' },
    ]);
  });

  it('leaves unreadable times to the inputs', () => {
    expect(rangeProblems([{ from: 'x', to: '12:00' }])).toEqual([null]);
  });
});

describe('withDay', () => {
  const week: StoredDay[] = [
    { weekday: 1, ranges: [{ from: '08:30', to: '12:30' }] },
    { weekday: 3, ranges: [{ from: '08:30', to: '12:30' }] },
  ];

  it('opens a closed day in weekday order', () => {
    expect(withDay(week, 2, [{ from: '09:00', to: '12:00' }]).map((d) => d.weekday)).toEqual([1, 2, 3]);
    expect(withDay(week, 7, [{ from: '09:00', to: '12:00' }]).map((d) => d.weekday)).toEqual([1, 3, 7]);
  });

  it('closes a day left without ranges, and keeps the other days as they are', () => {
    const next = withDay(week, 1, []);
    expect(next).toEqual([week[1]]);
    expect(next[0]).toBe(week[1]);
  });
});

describe('nextRange', () => {
  it('proposes the morning on a closed day, the afternoon after a morning', () => {
    expect(nextRange([])).toEqual({ from: '09:00', to: '12:00' });
    expect(nextRange([{ from: '08:30', to: '12:30' }])).toEqual({ from: '13:30', to: '16:30' });
    expect(nextRange([{ from: '18:00', to: '22:30' }])).toEqual({ from: '23:00', to: '24:00' });
  });
});
