import { describe, expect, it } from 'vitest';
import { createBlankService } from '../model/factory';
import type { ServiceDefinition } from '../model/types';
import { romeToInstant } from './romeTime';
import { nextChange, serviceAvailability } from './schedule';

const at = (date: string, time = '00:00'): Date => romeToInstant(date, time);
const ms = (d: Date, delta: number): Date => new Date(d.getTime() + delta);

/** "Buoni spesa" scheduled for March 2027: opens at midnight of 1 March, closes at midnight of 1 April. */
function buoniSpesa(opensAt: Date | null, closesAt: Date | null): ServiceDefinition {
  const def = createBlankService('Buoni spesa per famiglie in difficoltà', new Date('2027-01-10T09:00:00Z'), () => 'buoni-spesa');
  return {
    ...def,
    status: 'scheduled',
    schedule: { opensAt: opensAt?.toISOString() ?? null, closesAt: closesAt?.toISOString() ?? null },
  };
}

describe('serviceAvailability — fixed statuses', () => {
  const def = createBlankService('Contrassegno invalidi', new Date('2027-01-10T09:00:00Z'), () => 'cude');
  const now = new Date('2027-03-10T10:00:00Z');
  it.each([
    ['draft', false, 'Bozza'],
    ['published', true, 'Pubblicato'],
    ['suspended', false, 'Sospeso'],
    ['private', true, 'Privato'],
  ] as const)('%s → open=%s, "%s"', (status, open, label) => {
    const a = serviceAvailability({ ...def, status }, now);
    expect(a).toMatchObject({ open, state: status, label });
    expect(nextChange({ ...def, status }, now)).toBeUndefined();
  });
});

describe('serviceAvailability — scheduled, winter (CET) midnights', () => {
  const opensAt = at('2027-03-01'); // 2027-02-28T23:00Z
  const closesAt = at('2027-04-01'); // 2027-03-31T22:00Z (already summer time)
  const def = buoniSpesa(opensAt, closesAt);

  it('stores midnight Rome as the right instants', () => {
    expect(opensAt.toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(closesAt.toISOString()).toBe('2027-03-31T22:00:00.000Z');
  });

  it('is "Programmato" one millisecond before opening', () => {
    expect(serviceAvailability(def, ms(opensAt, -1))).toMatchObject({
      open: false,
      state: 'scheduled-before',
      label: 'Programmato — apre il 1/3/2027',
    });
  });

  it('is open at exactly opensAt, until the last day', () => {
    const a = serviceAvailability(def, opensAt);
    expect(a).toMatchObject({ open: true, state: 'scheduled-open', label: 'Aperto fino al 31/3/2027' });
    expect(a.opensAt).toEqual(opensAt);
    expect(a.closesAt).toEqual(closesAt);
    expect(serviceAvailability(def, ms(closesAt, -1)).open).toBe(true);
  });

  it('is closed at exactly closesAt', () => {
    expect(serviceAvailability(def, closesAt)).toMatchObject({ open: false, state: 'closed', label: 'Chiuso' });
  });

  it('tells the UI when to re-render', () => {
    expect(nextChange(def, ms(opensAt, -60_000))).toEqual(opensAt);
    expect(nextChange(def, opensAt)).toEqual(closesAt);
    expect(nextChange(def, closesAt)).toBeUndefined();
  });
});

describe('serviceAvailability — scheduled, summer (CEST) midnights', () => {
  const opensAt = at('2027-07-01'); // 2027-06-30T22:00Z
  const closesAt = at('2027-07-16'); // 2027-07-15T22:00Z
  const def = buoniSpesa(opensAt, closesAt);

  it('opens at 22:00Z the day before, not at 23:00Z', () => {
    expect(opensAt.toISOString()).toBe('2027-06-30T22:00:00.000Z');
    expect(serviceAvailability(def, new Date('2027-06-30T21:59:59.999Z')).state).toBe('scheduled-before');
    expect(serviceAvailability(def, new Date('2027-06-30T22:00:00.000Z'))).toMatchObject({
      open: true,
      label: 'Aperto fino al 15/7/2027',
    });
  });

  it('closes at exactly midnight Rome', () => {
    expect(serviceAvailability(def, new Date('2027-07-15T21:59:59.999Z')).open).toBe(true);
    expect(serviceAvailability(def, new Date('2027-07-15T22:00:00.000Z')).state).toBe('closed');
  });
});

describe('serviceAvailability — windows crossing a DST change', () => {
  it('closes at midnight Rome on 31 October (winter) although it opened in summer', () => {
    const closesAt = at('2027-11-01'); // 2027-10-31T23:00Z
    const def = buoniSpesa(at('2027-10-01'), closesAt);
    expect(closesAt.toISOString()).toBe('2027-10-31T23:00:00.000Z');
    expect(serviceAvailability(def, new Date('2027-10-31T22:30:00Z')).label).toBe('Aperto fino al 31/10/2027');
    expect(serviceAvailability(def, closesAt).state).toBe('closed');
  });
});

describe('serviceAvailability — partial and odd schedules', () => {
  it('names the opening time when it is not midnight', () => {
    const def = buoniSpesa(at('2027-03-01', '09:00'), at('2027-03-31', '18:00'));
    expect(serviceAvailability(def, at('2027-02-20')).label).toBe('Programmato — apre il 1/3/2027 alle 09:00');
    expect(serviceAvailability(def, at('2027-03-10')).label).toBe('Aperto fino al 31/3/2027 alle 18:00');
  });

  it('stays open without a closing date', () => {
    const def = buoniSpesa(at('2027-03-01'), null);
    expect(serviceAvailability(def, at('2030-01-01'))).toMatchObject({ open: true, label: 'Aperto' });
    expect(nextChange(def, at('2027-03-02'))).toBeUndefined();
  });

  it('is never open when the window ends before it starts', () => {
    const def = buoniSpesa(at('2027-04-01'), at('2027-03-01'));
    expect(serviceAvailability(def, at('2027-02-01')).state).toBe('scheduled-before');
    expect(nextChange(def, at('2027-02-01'))).toEqual(at('2027-03-01'));
    expect(serviceAvailability(def, at('2027-03-15')).state).toBe('closed');
    expect(serviceAvailability(def, at('2027-04-15')).state).toBe('closed');
  });
});
