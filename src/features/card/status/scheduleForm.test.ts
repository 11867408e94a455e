import { describe, expect, it } from 'vitest';
import { restore } from '../../../model';
import { iscrizioneNido } from '../../../model/fixtures';
import { setSchedule, setStatus } from '../../../model';
import { checkScheduleForm, formFromDefinition } from './scheduleForm';
import { isoToRomeInput, romeInputToIso } from './romeInput';

describe('Rome date-time inputs', () => {
  it('reads the input as Rome time, whatever the machine’s zone (winter and summer)', () => {
    expect(romeInputToIso('2027-03-01T09:00')).toBe('2027-03-01T08:00:00.000Z');
    expect(romeInputToIso('2027-07-01T09:00')).toBe('2027-07-01T07:00:00.000Z');
    expect(isoToRomeInput('2027-07-01T07:00:00.000Z')).toBe('2027-07-01T09:00');
    expect(isoToRomeInput('2027-03-31T21:59:59.000Z')).toBe('2027-03-31T23:59');
  });

  it('rejects impossible or malformed values and round-trips valid ones', () => {
    expect(romeInputToIso('2027-02-30T09:00')).toBeNull();
    expect(romeInputToIso('domani')).toBeNull();
    expect(romeInputToIso('')).toBeNull();
    expect(isoToRomeInput(null)).toBe('');
    for (const value of ['2027-01-01T00:00', '2027-10-31T12:30', '2028-02-29T23:59']) {
      expect(isoToRomeInput(romeInputToIso(value))).toBe(value);
    }
  });
});

describe('status and schedule form', () => {
  it('"Programmato" needs both dates, with Italian error keys for each', () => {
    expect(checkScheduleForm({ status: 'scheduled', opens: '', closes: '' })).toEqual({
      ok: false,
      errors: { opens: 'schedule.errors.opensRequired', closes: 'schedule.errors.closesRequired' },
    });
    expect(checkScheduleForm({ status: 'scheduled', opens: '2027-03-01T09:00', closes: '' })).toEqual({
      ok: false,
      errors: { closes: 'schedule.errors.closesRequired' },
    });
  });

  it('the closing must come after the opening', () => {
    const same = checkScheduleForm({ status: 'scheduled', opens: '2027-03-01T09:00', closes: '2027-03-01T09:00' });
    expect(same).toEqual({ ok: false, errors: { closes: 'schedule.errors.closesBeforeOpens' } });
    const before = checkScheduleForm({ status: 'published', opens: '2027-03-10T09:00', closes: '2027-03-01T09:00' });
    expect(before.ok).toBe(false);
  });

  it('a valid form gives instants the model accepts, and the result restores', () => {
    const check = checkScheduleForm({ status: 'scheduled', opens: '2027-03-01T00:00', closes: '2027-04-01T00:00' });
    expect(check).toEqual({ ok: true, status: 'scheduled', opensAt: '2027-02-28T23:00:00.000Z', closesAt: '2027-03-31T22:00:00.000Z' });
    if (!check.ok) return;
    let def = iscrizioneNido();
    def = setSchedule(def, { opensAt: check.opensAt, closesAt: check.closesAt });
    def = setStatus(def, { status: check.status });
    expect(def.schedule.opensAt).toBe('2027-02-28T23:00:00.000Z');
    expect(restore(def).ok).toBe(true);
  });

  it('other statuses need no dates and keep an existing window', () => {
    expect(checkScheduleForm({ status: 'draft', opens: '', closes: '' })).toEqual({ ok: true, status: 'draft', opensAt: null, closesAt: null });
    const form = formFromDefinition({ ...iscrizioneNido(), status: 'suspended' });
    expect(checkScheduleForm(form)).toMatchObject({ ok: true, status: 'suspended', opensAt: '2027-03-01T07:00:00.000Z' });
  });
});
