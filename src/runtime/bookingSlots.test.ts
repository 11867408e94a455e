import { describe, expect, it } from 'vitest';
import { alessandriaUrpBooking, validateBookingConfig, type BookingConfig } from './bookingConfig';
import { canCancel, cancellationDeadline, closedReason, freeSlots, type FreeSlot } from './bookingSlots';
import { romeToInstant } from './romeTime';

const rome = (date: string, time = '00:00'): Date => romeToInstant(date, time);
const iso = (slots: FreeSlot[]): string[] => slots.map((s) => s.start.toISOString());
const onDay = (slots: FreeSlot[], date: string): FreeSlot[] =>
  slots.filter((s) => s.start >= rome(date) && s.start < romeToInstant(date, '24:00'));

/** Alessandria URP with no notice and a two-week window, to look at single days. */
function urp(overrides: Partial<BookingConfig> = {}): BookingConfig {
  return { ...alessandriaUrpBooking(), minNoticeHours: 0, windowDays: 14, ...overrides };
}

describe('Alessandria URP default', () => {
  it('is a valid configuration', () => {
    expect(validateBookingConfig(alessandriaUrpBooking())).toEqual([]);
  });

  it('cuts Monday 8:30–12:30 into twelve 20-minute slots and Tuesday 8:30–15:30 into twenty-one', () => {
    const slots = freeSlots(urp(), rome('2027-03-01', '07:00'));
    const monday = onDay(slots, '2027-03-01');
    expect(monday).toHaveLength(12);
    expect(monday[0].start.toISOString()).toBe('2027-03-01T07:30:00.000Z');
    expect(monday[11].end.toISOString()).toBe('2027-03-01T11:30:00.000Z'); // 12:30 Rome
    expect(onDay(slots, '2027-03-02')).toHaveLength(21);
    expect(onDay(slots, '2027-03-06')).toHaveLength(0); // Saturday
    expect(closedReason(urp(), '2027-03-07')).toBe('Chiuso'); // Sunday
  });
});

describe('slots across daylight-saving changes', () => {
  it('keeps 08:30 Rome across the last Sunday of March 2027 (07:30Z → 06:30Z)', () => {
    const slots = freeSlots(urp(), rome('2027-03-26', '07:00'));
    expect(onDay(slots, '2027-03-26')[0].start.toISOString()).toBe('2027-03-26T07:30:00.000Z'); // Friday, CET
    // Monday 29 March is Easter Monday: closed, so the first summer slot is Tuesday.
    expect(onDay(slots, '2027-03-29')).toHaveLength(0);
    expect(onDay(slots, '2027-03-30')[0].start.toISOString()).toBe('2027-03-30T06:30:00.000Z'); // CEST
    expect(onDay(slots, '2027-03-30')[20].end.toISOString()).toBe('2027-03-30T13:30:00.000Z'); // 15:30 CEST
  });

  it('keeps 08:30 Rome across the last Sunday of October 2027 (06:30Z → 07:30Z)', () => {
    const slots = freeSlots(urp(), rome('2027-10-29', '07:00'));
    expect(onDay(slots, '2027-10-29')[0].start.toISOString()).toBe('2027-10-29T06:30:00.000Z'); // Friday, CEST
    expect(onDay(slots, '2027-11-01')).toHaveLength(0); // Ognissanti
    expect(onDay(slots, '2027-11-02')[0].start.toISOString()).toBe('2027-11-02T07:30:00.000Z'); // CET
  });

  it('gives 20-minute slots even on the 23- and 25-hour Sundays', () => {
    const sundays = urp({ openingHours: [{ weekday: 7, ranges: [{ from: '01:00', to: '04:00' }] }], excludeNationalHolidays: false });
    const march = onDay(freeSlots(sundays, rome('2027-03-27')), '2027-03-28');
    // 02:00, 02:20, 02:40 do not exist that night; the others are real 20-minute slots.
    expect(march.map((s) => (s.end.getTime() - s.start.getTime()) / 60_000)).toEqual([20, 20, 20, 20, 20, 20]);
    const october = onDay(freeSlots(sundays, rome('2027-10-30')), '2027-10-31');
    expect(october).toHaveLength(9);
    expect(october.every((s) => s.end.getTime() - s.start.getTime() === 20 * 60_000)).toBe(true);
  });
});

describe('closed days', () => {
  it('closes on Easter Monday 2027 (29 March)', () => {
    expect(closedReason(urp(), '2027-03-29')).toBe("Lunedì dell'Angelo (Pasquetta)");
  });

  it('closes on 25 April (a Tuesday in 2028)', () => {
    const slots = freeSlots(urp(), rome('2028-04-24', '07:00'));
    expect(onDay(slots, '2028-04-24').length).toBeGreaterThan(0);
    expect(onDay(slots, '2028-04-25')).toHaveLength(0);
    expect(closedReason(urp(), '2028-04-25')).toBe('Festa della Liberazione');
  });

  it('opens on holidays when the official chooses so', () => {
    const slots = freeSlots(urp({ excludeNationalHolidays: false }), rome('2028-04-24', '07:00'));
    expect(onDay(slots, '2028-04-25')).toHaveLength(21);
  });

  it("closes on Alessandria's patron day, San Baudolino (Wednesday 10 November 2027)", () => {
    expect(closedReason(urp(), '2027-11-10')).toBe('Festa del santo patrono');
    expect(closedReason(urp({ patronDay: undefined }), '2027-11-10')).toBeUndefined();
  });

  it('skips a closing period, both ends included', () => {
    const config = urp({
      windowDays: 30,
      closingPeriods: [{ from: '2027-08-09', to: '2027-08-20', reason: 'Chiusura estiva' }],
    });
    const slots = freeSlots(config, rome('2027-08-02', '07:00'));
    expect(onDay(slots, '2027-08-06').length).toBe(12);
    for (const day of ['2027-08-09', '2027-08-13', '2027-08-20']) expect(onDay(slots, day)).toHaveLength(0);
    expect(onDay(slots, '2027-08-23').length).toBe(12);
    expect(closedReason(config, '2027-08-10')).toBe('Chiusura estiva');
  });
});

describe('minimum notice', () => {
  it('with 24 h notice at 23:59 on Monday, the first slot is Wednesday 08:30', () => {
    const slots = freeSlots(urp({ minNoticeHours: 24 }), rome('2027-03-01', '23:59'));
    expect(slots[0].start.toISOString()).toBe(rome('2027-03-03', '08:30').toISOString());
    expect(onDay(slots, '2027-03-02')).toHaveLength(0); // all of Tuesday is before 23:59 Tuesday
  });

  it('with 24 h notice at exactly midnight, a slot 24 h later is still offered', () => {
    // Now is 00:00 Tuesday; 24 h later is 00:00 Wednesday, before 08:30.
    const slots = freeSlots(urp({ minNoticeHours: 24 }), rome('2027-03-02'));
    expect(slots[0].start.toISOString()).toBe(rome('2027-03-03', '08:30').toISOString());
  });

  it('cuts within a day: 9 h notice at 23:59 leaves Tuesday from 09:10', () => {
    const slots = freeSlots(urp({ minNoticeHours: 9 }), rome('2027-03-01', '23:59'));
    expect(onDay(slots, '2027-03-02')[0].start.toISOString()).toBe(rome('2027-03-02', '09:10').toISOString());
  });

  it('never offers a slot that has already started', () => {
    const slots = freeSlots(urp(), rome('2027-03-01', '10:05'));
    expect(onDay(slots, '2027-03-01')[0].start.toISOString()).toBe(rome('2027-03-01', '10:10').toISOString());
  });
});

describe('capacity and offices', () => {
  const twoCounters = urp({
    capacityPerSlot: 2,
    offices: [
      { id: 'urp', name: 'URP', address: 'Piazza della Libertà 1, Alessandria' },
      { id: 'anagrafe', name: 'Anagrafe', address: 'Via Vochieri 4, Alessandria' },
    ],
  });
  const slotStart = rome('2027-03-01', '08:30').toISOString();

  it('lists each office for each time, and counts what is left', () => {
    const slots = freeSlots(twoCounters, rome('2027-03-01', '07:00'), [{ start: slotStart, officeId: 'urp' }]);
    const first = slots.filter((s) => s.start.toISOString() === slotStart);
    expect(first).toEqual([
      expect.objectContaining({ officeId: 'urp', remaining: 1 }),
      expect.objectContaining({ officeId: 'anagrafe', remaining: 2 }),
    ]);
  });

  it('drops a full slot for that office only', () => {
    const booked = [
      { start: slotStart, officeId: 'urp' },
      { start: '2027-03-01T07:30:00Z', officeId: 'urp' }, // same instant, other spelling
    ];
    const slots = freeSlots(twoCounters, rome('2027-03-01', '07:00'), booked);
    expect(slots.filter((s) => s.start.toISOString() === slotStart).map((s) => s.officeId)).toEqual(['anagrafe']);
  });
});

describe('window and ranges', () => {
  it('counts windowDays as Rome calendar days starting today', () => {
    const oneDay = freeSlots(urp({ windowDays: 1 }), rome('2027-03-01', '07:00'));
    expect(oneDay).toHaveLength(12);
    const week = freeSlots(urp({ windowDays: 7 }), rome('2027-03-01', '23:30'));
    expect(iso(week).at(-1)).toBe(rome('2027-03-05', '12:10').toISOString()); // Friday, last day Sunday 7th
  });

  it('never lets a slot straddle the end of a range (Bologna, Wednesday 10:45–13:00)', () => {
    const bologna = urp({
      openingHours: [{ weekday: 3, ranges: [{ from: '10:45', to: '13:00' }] }],
      patronDay: '10-04',
    });
    const slots = onDay(freeSlots(bologna, rome('2027-03-03', '07:00')), '2027-03-03');
    expect(slots).toHaveLength(6); // 10:45 … 12:25, ending 12:45; 12:45–13:05 would overrun
    expect(slots.at(-1)?.end.toISOString()).toBe(rome('2027-03-03', '12:45').toISOString());
  });

  it('handles several ranges in a day (morning and afternoon)', () => {
    const split = urp({
      openingHours: [{ weekday: 4, ranges: [{ from: '14:30', to: '17:00' }, { from: '08:30', to: '12:30' }] }],
      slotMinutes: 30,
    });
    const slots = onDay(freeSlots(split, rome('2027-03-04', '07:00')), '2027-03-04');
    expect(slots).toHaveLength(13);
    expect(slots[8].start.toISOString()).toBe(rome('2027-03-04', '14:30').toISOString());
  });
});

describe('cancellation', () => {
  const slot = rome('2027-03-03', '09:10'); // Wednesday
  it('with a 1-day limit, allows cancelling until the end of the day before', () => {
    const config = urp({ cancellationLimitDays: 1 });
    expect(cancellationDeadline(config, slot)).toEqual(rome('2027-03-03'));
    expect(canCancel(config, slot, rome('2027-03-02', '23:59'))).toBe(true);
    expect(canCancel(config, slot, rome('2027-03-03', '00:00'))).toBe(false);
  });

  it('with a 3-day limit, until the end of Sunday for a Wednesday appointment', () => {
    const config = urp({ cancellationLimitDays: 3 });
    expect(canCancel(config, slot, rome('2027-02-28', '23:59'))).toBe(true);
    expect(canCancel(config, slot, rome('2027-03-01', '00:00'))).toBe(false);
  });

  it('with no limit, until the appointment starts', () => {
    const config = urp({ cancellationLimitDays: 0 });
    expect(canCancel(config, slot, new Date(slot.getTime() - 1))).toBe(true);
    expect(canCancel(config, slot, slot)).toBe(false);
  });
});

describe('validateBookingConfig', () => {
  it('explains problems in Italian', () => {
    const errors = validateBookingConfig(
      urp({
        slotMinutes: 0,
        openingHours: [{ weekday: 1, ranges: [{ from: '12:30', to: '08:30' }, { from: '8', to: '9:00' }] }],
        closingPeriods: [{ from: '2027-08-20', to: '2027-08-09' }],
        patronDay: '31-12',
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'La durata dell’appuntamento deve essere tra 5 e 480 minuti.',
        'Fascia 12:30–08:30: l’inizio deve precedere la fine.',
        'Orario non valido: "8".',
        'Chiusura 2027-08-20–2027-08-09: la data iniziale segue quella finale.',
        'Festa patronale non valida: "31-12" (atteso MM-GG).',
      ]),
    );
  });

  it('does not make freeSlots throw on a broken configuration', () => {
    const broken = urp({ openingHours: [{ weekday: 1, ranges: [{ from: 'x', to: '9:00' }] }], slotMinutes: 0 });
    expect(freeSlots(broken, rome('2027-03-01'))).toEqual([]);
  });
});
