import { describe, expect, it } from 'vitest';
import { nodeOf } from '../testing/contract';
import { computeContext } from '../testing/patterns';
import { bookingBlock } from './definition';
import type { BookingComputed } from './compute';

const urp = () => nodeOf(bookingBlock, {}, 'appuntamento');
const at = (now: string, answers: Record<string, unknown> = {}) =>
  bookingBlock.compute!(urp(), answers, computeContext(now)) as BookingComputed;

describe('prenotazione: orari liberi dell’anteprima (URP di Alessandria)', () => {
  // Thursday 20 April 2028, 10:00 in Rome; 25 April 2028 (Liberazione) is a Tuesday.
  const result = at('2028-04-20T08:00:00Z');

  it('ci sono orari liberi in un giorno feriale, dopo il preavviso minimo di 24 ore', () => {
    const friday = result.days.find((d) => d.date === '2028-04-21')!;
    expect(friday.label).toBe('venerdì 21 aprile 2028');
    // Friday hours 8:30–12:30 in 20-minute slots; from 10:00 on (24 hours after now).
    expect(friday.slots.map((s) => s.time)).toEqual(['10:10', '10:30', '10:50', '11:10', '11:30', '11:50', '12:10']);
    expect(friday.slots[0]).toEqual({ officeId: 'urp', start: '2028-04-21T08:10:00.000Z', end: '2028-04-21T08:30:00.000Z', time: '10:10', remaining: 1 });
    const monday = result.days.find((d) => d.date === '2028-04-24')!;
    expect(monday.slots).toHaveLength(12);
    expect(result.problems).toEqual([]);
    expect(result.markdown).toMatch(/^Primo orario libero: \*\*venerdì 21 aprile 2028, 10:10\*\*\. Orari liberi nei prossimi 30 giorni: \d+\.$/);
  });

  it('nessun orario il 25 aprile, segnalato come festività; nessuno il giorno stesso né la domenica', () => {
    expect(result.days.map((d) => d.date)).not.toContain('2028-04-25');
    expect(result.days.map((d) => d.date)).not.toContain('2028-04-20');
    expect(result.days.map((d) => d.date)).not.toContain('2028-04-23');
    expect(result.closedDays).toEqual([
      { date: '2028-04-25', reason: 'Festa della Liberazione' },
      { date: '2028-05-01', reason: 'Festa del Lavoro' },
    ]);
    // Tuesday hours are longer: 8:30–15:30.
    expect(result.days.find((d) => d.date === '2028-05-02')!.slots.at(-1)!.time).toBe('15:10');
  });

  it('lo stesso orario di Roma attraverso il cambio dell’ora (ultima domenica di marzo)', () => {
    const march = at('2027-03-24T12:00:00Z');
    const first = (date: string) => march.days.find((d) => d.date === date)!.slots[0];
    expect(first('2027-03-26')).toMatchObject({ time: '08:30', start: '2027-03-26T07:30:00.000Z' });
    // Easter Monday falls on 29 March 2027: the first day after the change is Tuesday 30.
    expect(march.closedDays.map((d) => d.date)).toContain('2027-03-29');
    expect(first('2027-03-30')).toMatchObject({ time: '08:30', start: '2027-03-30T06:30:00.000Z' });
  });

  it('l’orario scelto: ancora libero?, e fino a quando si può annullare', () => {
    const chosen = at('2028-04-20T08:00:00Z', { appuntamento: { officeId: 'urp', start: '2028-04-24T06:30:00.000Z' } });
    expect(chosen.selected).toEqual({
      officeId: 'urp',
      start: '2028-04-24T06:30:00.000Z',
      free: true,
      text: 'lunedì 24 aprile 2028, 08:30',
      // Cancellation limit 1 day: until the end of the day before (midnight in Rome).
      cancellableUntil: '2028-04-23T22:00:00.000Z',
    });
    expect(chosen.markdown).toBe('Appuntamento scelto: **lunedì 24 aprile 2028, 08:30**. Si può annullare entro domenica 23 aprile 2028.');
    const sunday = at('2028-04-20T08:00:00Z', { appuntamento: { officeId: 'urp', start: '2028-04-23T08:00:00.000Z' } });
    expect(sunday.selected?.free).toBe(false);
    expect(sunday.markdown).toBe('L’orario scelto non è disponibile: scegline un altro.');
  });

  it('impostazioni rovinate: nessuna eccezione, i problemi in italiano', () => {
    const broken = { ...urp(), props: { offices: 'x', openingHours: [{ weekday: 9 }], slotMinutes: 'venti' } };
    const out = bookingBlock.compute!(broken as never, {}, computeContext('2028-04-20T08:00:00Z')) as BookingComputed;
    expect(out.days).toEqual([]);
    expect(out.problems).toContain('Indicare almeno un ufficio.');
  });
});
