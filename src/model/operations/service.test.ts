import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze, iscrizioneNido } from '../fixtures';
import { validate } from '../validate';
import { setSchedule } from './setSchedule';
import { setStatus } from './setStatus';
import { updateCard } from './updateCard';

describe('updateCard', () => {
  it('merges fields into the card, sharing the rest', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = updateCard(def, { title: 'Buoni spesa', max_response_days: 15 });
    expect(next.card).toEqual({ ...def.card, title: 'Buoni spesa', max_response_days: 15 });
    expect(next.card.office).toBe(def.card.office);
    expect(next.steps).toBe(def.steps);
    expect(def).toEqual(bonusAlimentare());
  });

  it('replaces nested objects whole', () => {
    const def = deepFreeze(bonusAlimentare());
    const office = { ...def.card.office, phone: '050 999999' };
    expect(updateCard(def, { office }).card.office).toBe(office);
  });

  it('is a no-op when nothing changes; ignores undefined values', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(updateCard(def, { title: 'Bonus alimentare' })).toBe(def);
    expect(updateCard(def, { title: undefined })).toBe(def);
    expect(updateCard(def, {})).toBe(def);
  });
});

describe('setStatus', () => {
  it('changes the status', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = setStatus(def, { status: 'suspended' });
    expect(next.status).toBe('suspended');
    expect(next.card).toBe(def.card);
  });

  it('is a no-op for the same or an unknown status', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(setStatus(def, { status: 'published' })).toBe(def);
    expect(setStatus(def, { status: 'live' as 'draft' })).toBe(def);
  });
});

describe('setSchedule', () => {
  it('sets and clears bounds, one at a time or both', () => {
    const def = deepFreeze(bonusAlimentare());
    const opens = setSchedule(def, { opensAt: '2026-11-01T08:00:00.000Z' });
    expect(opens.schedule).toEqual({ opensAt: '2026-11-01T08:00:00.000Z', closesAt: null });
    const both = setSchedule(deepFreeze(opens), { closesAt: '2026-11-30T22:59:59.000Z' });
    expect(both.schedule).toEqual({ opensAt: '2026-11-01T08:00:00.000Z', closesAt: '2026-11-30T22:59:59.000Z' });
    expect(validate(setStatus(both, { status: 'scheduled' }))).toEqual([]);
    const nido = deepFreeze(iscrizioneNido());
    expect(setSchedule(nido, { opensAt: null, closesAt: null }).schedule).toEqual({ opensAt: null, closesAt: null });
  });

  it('accepts offsets (the UI converts from Europe/Rome)', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(setSchedule(def, { opensAt: '2027-03-01T08:00:00+01:00' }).schedule.opensAt).toBe('2027-03-01T08:00:00+01:00');
  });

  it('is a no-op for unchanged or malformed values', () => {
    const def = deepFreeze(iscrizioneNido());
    expect(setSchedule(def, { opensAt: def.schedule.opensAt })).toBe(def);
    expect(setSchedule(def, {})).toBe(def);
    expect(setSchedule(def, { opensAt: '1 marzo 2027' })).toBe(def);
    expect(setSchedule(def, { closesAt: '2027-03-31' })).toBe(def);
    expect(setSchedule(def, { closesAt: '2027-02-30T10:00:00Z' })).toBe(def);
  });
});
