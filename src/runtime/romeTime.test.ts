import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRomeDays,
  daysBetween,
  formatDateIt,
  formatDateTimeIt,
  formatRomeDateLong,
  instantToRome,
  romeDateOf,
  romeOffsetMinutes,
  romeToInstant,
  romeWeekday,
  startOfRomeDay,
} from './romeTime';

describe('romeToInstant', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(romeToInstant('2027-01-15', '08:30').toISOString()).toBe('2027-01-15T07:30:00.000Z');
    expect(romeToInstant('2027-07-15', '08:30').toISOString()).toBe('2027-07-15T06:30:00.000Z');
  });

  it('switches on the last Sunday of March 2027 (28 March, also Easter)', () => {
    expect(romeToInstant('2027-03-28', '01:59').toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(romeToInstant('2027-03-28', '03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(romeToInstant('2027-03-29', '08:30').toISOString()).toBe('2027-03-29T06:30:00.000Z');
  });

  it('moves a time inside the nonexistent hour forward by the gap', () => {
    // 02:30 does not exist: the clock jumps from 02:00 to 03:00, so 02:30 → 03:30 CEST.
    const t = romeToInstant('2027-03-28', '02:30');
    expect(t.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(instantToRome(t).time).toBe('03:30');
  });

  it('takes the first occurrence of the repeated hour on the last Sunday of October 2027', () => {
    // 31 October 2027: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
    expect(romeToInstant('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(romeToInstant('2027-10-31', '03:00').toISOString()).toBe('2027-10-31T02:00:00.000Z');
    expect(romeToInstant('2027-11-01', '08:30').toISOString()).toBe('2027-11-01T07:30:00.000Z');
  });

  it('round-trips every quarter hour of a year through instantToRome', () => {
    // Skip the nonexistent hour; everything else must come back unchanged.
    for (let day = 0; day < 365; day += 1) {
      const date = addRomeDays('2027-01-01', day);
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        if (date === '2027-03-28' && time.startsWith('02:')) continue;
        const back = instantToRome(romeToInstant(date, time));
        if (back.date !== date || back.time !== time) throw new Error(`${date} ${time} → ${back.date} ${back.time}`);
      }
    }
  });

  it('rejects malformed or impossible inputs', () => {
    expect(() => romeToInstant('2027-02-30', '09:00')).toThrow(RangeError);
    expect(() => romeToInstant('1/3/2027', '09:00')).toThrow(RangeError);
    expect(() => romeToInstant('2027-03-01', '9.00')).toThrow(RangeError);
    expect(() => romeToInstant('2027-03-01', '12:60')).toThrow(RangeError);
  });
});

describe('Rome calendar', () => {
  it('gives the Rome date of instants near midnight UTC', () => {
    expect(romeDateOf(new Date('2027-02-28T23:30:00Z'))).toBe('2027-03-01'); // 00:30 CET
    expect(romeDateOf(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01'); // 00:00 CEST
    expect(romeDateOf(new Date('2027-06-30T21:59:59Z'))).toBe('2027-06-30');
  });

  it('reports the offset and the start of the day', () => {
    expect(romeOffsetMinutes(new Date('2027-01-01T12:00:00Z'))).toBe(60);
    expect(romeOffsetMinutes(new Date('2027-08-01T12:00:00Z'))).toBe(120);
    expect(startOfRomeDay('2027-03-01').toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(startOfRomeDay('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });

  it('computes weekdays and adds days across DST and leap years', () => {
    expect(romeWeekday('2027-03-01')).toBe(1); // Monday
    expect(romeWeekday('2027-03-28')).toBe(7); // Sunday
    expect(addRomeDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addRomeDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addRomeDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
  });
});

describe('Italian formatting', () => {
  it('formats short and long dates', () => {
    expect(formatDateIt(new Date('2027-02-28T23:00:00Z'))).toBe('1/3/2027');
    expect(formatRomeDateLong('2027-03-01')).toBe('lunedì 1 marzo 2027');
    expect(formatDateTimeIt(romeToInstant('2027-03-01', '09:00'))).toBe('lunedì 1 marzo 2027, 09:00');
    expect(formatDateTimeIt(new Date('2027-10-31T01:30:00Z'))).toBe('domenica 31 ottobre 2027, 02:30');
  });
});

describe('agreement with Intl', () => {
  const intl = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  it('instantToRome matches Intl for any instant from 1990 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const { date, time } = instantToRome(new Date(ms));
        expect(`${date} ${time}`).toBe(intl.format(new Date(ms)));
      }),
      { numRuns: 2000 },
    );
  });
});
