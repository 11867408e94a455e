import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCents } from './money';
import {
  daysSinceNotification,
  fineAmountDue,
  instalmentPlan,
  isValidNoticeCode,
  noticeCodeCheckDigits,
  noticeCodeProblem,
} from './payment';
import { romeToInstant } from './romeTime';

const sumCents = (plan: { amount: number }[]): number => plan.reduce((s, i) => s + toCents(i.amount), 0);

describe('instalmentPlan', () => {
  it('splits a school-canteen total into monthly instalments, remainder cents first', () => {
    // Casalmaggiore primaria: 4.60 € × 173 meals = 795.80 € over 9 months (Sept–May).
    const plan = instalmentPlan({ total: 795.8, frequency: 'monthly', start: '2027-09-30', count: 9 });
    expect(plan.map((i) => i.amount)).toEqual([88.44, 88.42, 88.42, 88.42, 88.42, 88.42, 88.42, 88.42, 88.42]);
    expect(sumCents(plan)).toBe(79_580);
    expect(plan.map((i) => i.dueDate)).toEqual([
      '2027-09-30', '2027-10-30', '2027-11-30', '2027-12-30', '2028-01-30',
      '2028-02-29', '2028-03-30', '2028-04-30', '2028-05-30',
    ]);
  });

  it('clamps to the end of the month without drifting (31 Jan → 28 Feb → 31 Mar)', () => {
    const plan = instalmentPlan({ amountPerInstalment: 50, frequency: 'monthly', start: '2027-01-31', count: 3 });
    expect(plan.map((i) => i.dueDate)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('takes the dates up to an end date', () => {
    const plan = instalmentPlan({ amountPerInstalment: 120.5, frequency: 'quarterly', start: '2027-03-31', end: '2027-12-31' });
    expect(plan).toEqual([
      { n: 1, dueDate: '2027-03-31', amount: 120.5 },
      { n: 2, dueDate: '2027-06-30', amount: 120.5 },
      { n: 3, dueDate: '2027-09-30', amount: 120.5 },
      { n: 4, dueDate: '2027-12-31', amount: 120.5 },
    ]);
  });

  it('handles bimonthly and yearly plans, and stops at the earlier of end and count', () => {
    expect(instalmentPlan({ total: 100, frequency: 'bimonthly', start: '2027-01-15', count: 3 }).map((i) => [i.dueDate, i.amount])).toEqual([
      ['2027-01-15', 33.34],
      ['2027-03-15', 33.33],
      ['2027-05-15', 33.33],
    ]);
    expect(instalmentPlan({ total: 90, frequency: 'yearly', start: '2027-02-28', end: '2029-03-01', count: 10 })).toHaveLength(3);
  });

  it('sums exactly to any total for any count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 120 }), (cents, count) => {
        const plan = instalmentPlan({ total: cents / 100, frequency: 'monthly', start: '2027-01-31', count });
        expect(plan).toHaveLength(count);
        expect(sumCents(plan)).toBe(cents);
        const rest = plan.slice(1).map((i) => i.amount);
        expect(new Set(rest).size).toBeLessThanOrEqual(1);
        expect(toCents(plan[0].amount) - toCents(plan[plan.length - 1].amount)).toBeLessThan(count);
      }),
    );
  });

  it('rejects unusable plans with Italian messages', () => {
    expect(() => instalmentPlan({ total: 100, frequency: 'monthly', start: '2027-01-01' })).toThrow(/numero di rate/);
    expect(() => instalmentPlan({ total: 100, frequency: 'monthly', start: '2027-03-01', end: '2027-02-01' })).toThrow(RangeError);
    expect(() => instalmentPlan({ total: 100, frequency: 'monthly', start: '2027-01-01', count: 0 })).toThrow(RangeError);
    expect(() => instalmentPlan({ total: 100, frequency: 'monthly', start: '2027-01-01', end: '2999-01-01' })).toThrow(/Troppe rate/);
  });
});

describe('pagoPA notice code', () => {
  // aux 3, segregation code 01, IUV base 2345678901234 → check digits = 3012345678901234 mod 93.
  const first16 = '3012345678901234';
  const check = String(BigInt(first16) % 93n).padStart(2, '0');
  const valid = first16 + check;

  it('computes the mod-93 check digits without losing precision', () => {
    expect(noticeCodeCheckDigits(first16)).toBe(check);
    expect(noticeCodeCheckDigits('3999999999999999')).toBe(String(BigInt('3999999999999999') % 93n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.stringMatching(/^3\d{15}$/), (s) => {
        expect(noticeCodeCheckDigits(s)).toBe(String(BigInt(s) % 93n).padStart(2, '0'));
      }),
    );
  });

  it('accepts a valid aux-3 code, also as printed in groups of four', () => {
    expect(isValidNoticeCode(valid)).toBe(true);
    expect(isValidNoticeCode(valid.replace(/(\d{4})(?=\d)/g, '$1 '))).toBe(true);
  });

  it('rejects wrong check digits, a swapped pair, a wrong length or aux digit', () => {
    const wrongCheck = first16 + String((Number(check) + 1) % 93).padStart(2, '0');
    expect(isValidNoticeCode(wrongCheck)).toBe(false);
    expect(noticeCodeProblem(wrongCheck)).toMatch(/cifre di controllo/);
    expect(isValidNoticeCode('3021345678901234' + check)).toBe(false); // 1 and 2 swapped
    expect(noticeCodeProblem(valid.slice(1))).toBe('Il codice avviso ha 18 cifre (ne sono state inserite 17).');
    expect(isValidNoticeCode('4' + valid.slice(1))).toBe(false);
    expect(noticeCodeProblem('30123456789O123456')).toBe('Il codice avviso contiene solo cifre.');
  });

  it('accepts legacy aux digits 0, 1 and 2 on format alone', () => {
    for (const aux of ['0', '1', '2']) expect(isValidNoticeCode(aux + '01234567890123456')).toBe(true);
  });
});

describe('fineAmountDue — divieto di sosta (art. 7 CdS: minimum 42 €, maximum 173 €, costs 13.60 €)', () => {
  const sosta = { reduced: 42, maximum: 173, notificationCosts: 13.6 };

  it.each([
    [0, 'discount-30', 29.4, 43],
    [5, 'discount-30', 29.4, 43],
    [6, 'reduced', 42, 55.6],
    [60, 'reduced', 42, 55.6],
    [61, 'half-maximum', 86.5, 100.1],
    [400, 'half-maximum', 86.5, 100.1],
  ])('day %i → %s: sanction %d €, total %d €', (days, band, sanction, amount) => {
    expect(fineAmountDue(sosta, days)).toMatchObject({ band, sanction, amount, notificationCosts: 13.6 });
  });

  it('rounds the 30% discount to the cent (87 € → 60.90 €; 41.01 € → 28.71 €)', () => {
    expect(fineAmountDue({ reduced: 87, maximum: 344, notificationCosts: 0 }, 2).sanction).toBe(60.9);
    expect(fineAmountDue({ reduced: 41.01, maximum: 100, notificationCosts: 0 }, 2).sanction).toBe(28.71);
  });

  it('gives no discount with confiscation or licence suspension (Pescara)', () => {
    expect(fineAmountDue(sosta, 3, { discountExcluded: true })).toMatchObject({ band: 'reduced', amount: 55.6 });
  });

  it('counts days in the Rome calendar', () => {
    // Notified on 1 March; at 00:30 Rome on 7 March (23:30Z on the 6th) it is day 6.
    expect(daysSinceNotification('2027-03-01', new Date('2027-03-06T23:30:00Z'))).toBe(6);
    expect(daysSinceNotification('2027-03-01', romeToInstant('2027-03-06', '23:59'))).toBe(5);
  });

  it('rejects a negative or fractional day count', () => {
    expect(() => fineAmountDue(sosta, -1)).toThrow(RangeError);
    expect(() => fineAmountDue(sosta, 1.5)).toThrow(RangeError);
  });
});
