import { describe, expect, it } from 'vitest';
import { easterSunday, holidayOn, isItalianHoliday, italianHolidays } from './holidays';

describe('easterSunday', () => {
  it('matches known Easter dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible: Pasquetta is 26 April
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
  });
});

describe('italianHolidays', () => {
  it('lists the eleven national holidays of 2027 in order, Pasquetta on 29 March', () => {
    const list = italianHolidays(2027);
    expect(list.map((h) => h.date)).toEqual([
      '2027-01-01', '2027-01-06', '2027-03-29', '2027-04-25', '2027-05-01', '2027-06-02',
      '2027-08-15', '2027-11-01', '2027-12-08', '2027-12-25', '2027-12-26',
    ]);
    expect(holidayOn('2027-03-29')?.name).toBe("Lunedì dell'Angelo (Pasquetta)");
  });

  it("adds Bologna's patron saint (San Petronio, 4 October) only when configured", () => {
    expect(isItalianHoliday('2027-10-04')).toBe(false);
    const bologna = { patronDay: '10-04', patronName: 'San Petronio' };
    expect(isItalianHoliday('2027-10-04', bologna)).toBe(true);
    expect(holidayOn('2027-10-04', bologna)?.name).toBe('San Petronio');
    expect(italianHolidays(2027, bologna)).toHaveLength(12);
  });

  it('does not duplicate a patron day that is already a national holiday', () => {
    expect(italianHolidays(2027, { patronDay: '12-08' })).toHaveLength(11);
  });

  it('handles a 29 February patron day in non-leap years', () => {
    expect(italianHolidays(2027, { patronDay: '02-29' })).toHaveLength(11);
    expect(italianHolidays(2028, { patronDay: '02-29' })).toHaveLength(12);
  });

  it('rejects a malformed patron day', () => {
    expect(() => italianHolidays(2027, { patronDay: '4/10' })).toThrow(RangeError);
    expect(() => italianHolidays(2027, { patronDay: '02-30' })).toThrow(RangeError);
  });
});
