import { describe, expect, it } from 'vitest';
import { serviceAvailability } from '../../../runtime/schedule';
import type { SchedulableService } from '../../../runtime/schedule';
import { availabilityText } from './availabilityText';
import { catalogT } from './testing';

const scheduled = (opensAt: string | null, closesAt: string | null): SchedulableService => ({
  status: 'scheduled',
  schedule: { opensAt, closesAt },
});

const cases: Array<[string, SchedulableService, string]> = [
  ['draft', { status: 'draft', schedule: {} }, '2027-01-01T00:00:00Z'],
  ['published', { status: 'published', schedule: {} }, '2027-01-01T00:00:00Z'],
  ['private', { status: 'private', schedule: {} }, '2027-01-01T00:00:00Z'],
  ['suspended', { status: 'suspended', schedule: {} }, '2027-01-01T00:00:00Z'],
  ['before, midnight', scheduled('2027-03-01T00:00:00+01:00', '2027-04-01T00:00:00+02:00'), '2027-02-01T00:00:00Z'],
  ['before, 9 o’clock', scheduled('2027-03-01T09:00:00+01:00', '2027-04-01T00:00:00+02:00'), '2027-02-01T00:00:00Z'],
  ['open, midnight close', scheduled('2027-03-01T00:00:00+01:00', '2027-04-01T00:00:00+02:00'), '2027-03-10T00:00:00Z'],
  ['open, 18:00 close', scheduled('2027-03-01T00:00:00+01:00', '2027-03-31T18:00:00+02:00'), '2027-03-10T00:00:00Z'],
  ['open, no close', scheduled('2027-03-01T00:00:00+01:00', null), '2027-03-10T00:00:00Z'],
  ['closed', scheduled('2027-03-01T00:00:00+01:00', '2027-04-01T00:00:00+02:00'), '2027-05-01T00:00:00Z'],
];

describe('status badge text', () => {
  it.each(cases)('in Italian equals the runtime’s label (%s)', async (_name, service, now) => {
    const t = await catalogT('it');
    const availability = serviceAvailability(service, new Date(now));
    expect(availabilityText(availability, t)).toBe(availability.label);
  });

  it('reads naturally in English', async () => {
    const t = await catalogT('en');
    const before = serviceAvailability(cases[5][1], new Date(cases[5][2]));
    expect(availabilityText(before, t)).toBe('Scheduled — opens on 1/3/2027 at 09:00');
    const open = serviceAvailability(cases[6][1], new Date(cases[6][2]));
    expect(availabilityText(open, t)).toBe('Open until 31/3/2027');
  });

  it('shows "Programmato — apre il 1/3/2027" for a window opening on 1 March', async () => {
    const t = await catalogT('it');
    expect(availabilityText(serviceAvailability(cases[4][1], new Date(cases[4][2])), t)).toBe('Programmato — apre il 1/3/2027');
  });
});
