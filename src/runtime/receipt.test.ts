import { describe, expect, it } from 'vitest';
import { expectedResponseDate, requestNumber } from './receipt';
import { romeToInstant } from './romeTime';

describe('expectedResponseDate', () => {
  it('adds calendar days to the Rome date of submission (CUDE, 30 days)', () => {
    expect(expectedResponseDate(romeToInstant('2027-03-01', '10:15'), 30)).toBe('2027-03-31');
  });

  it('uses the Rome date just after midnight, not the UTC one', () => {
    const justAfterMidnight = new Date('2027-02-28T23:30:00Z'); // 00:30 on 1 March in Rome
    expect(expectedResponseDate(justAfterMidnight, 30)).toBe('2027-03-31');
    const summer = new Date('2027-06-30T22:10:00Z'); // 00:10 on 1 July in Rome
    expect(expectedResponseDate(summer, 60)).toBe('2027-08-30');
  });

  it('crosses DST and year ends by calendar days', () => {
    expect(expectedResponseDate(romeToInstant('2027-03-27', '12:00'), 1)).toBe('2027-03-28');
    expect(expectedResponseDate(romeToInstant('2027-12-15', '09:00'), 30)).toBe('2028-01-14');
    expect(expectedResponseDate(romeToInstant('2027-03-01', '09:00'), 0)).toBe('2027-03-01');
  });

  it('optionally moves a deadline off Sundays and holidays', () => {
    // 26 March 2027 + 2 days = Sunday 28 (Easter) → Monday 29 is Pasquetta → Tuesday 30.
    const submitted = romeToInstant('2027-03-26', '11:00');
    expect(expectedResponseDate(submitted, 2)).toBe('2027-03-28');
    expect(expectedResponseDate(submitted, 2, { skipNonWorkingDays: true })).toBe('2027-03-30');
    // Bologna: 4 October 2027 (Monday) is San Petronio.
    const bologna = romeToInstant('2027-09-04', '11:00');
    expect(expectedResponseDate(bologna, 30, { skipNonWorkingDays: true, patronDay: '10-04' })).toBe('2027-10-05');
  });

  it('rejects a negative or fractional number of days', () => {
    expect(() => expectedResponseDate(new Date(), -1)).toThrow(RangeError);
    expect(() => expectedResponseDate(new Date(), 2.5)).toThrow(RangeError);
  });
});

describe('requestNumber', () => {
  it('is readable: service prefix, Rome date, padded sequence', () => {
    const at = new Date('2027-02-28T23:30:00Z'); // 1 March in Rome
    expect(requestNumber('3f2a9c1e-7b8d-4c2a-9e1f-0a1b2c3d4e5f', at, 42)).toBe('3F2A9C-20270301-000042');
    expect(requestNumber('buoni-spesa', at, 1)).toBe('BUONIS-20270301-000001');
    expect(requestNumber('---', at, 7)).toBe('SERV-20270301-000007');
  });

  it('rejects a sequence that is not a positive integer', () => {
    expect(() => requestNumber('x', new Date(), 0)).toThrow(RangeError);
  });
});
