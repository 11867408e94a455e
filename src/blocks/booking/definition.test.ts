// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { alessandriaUrpBooking } from '../../runtime/bookingConfig';
import { renderStep } from '../../test/rjsf';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { flowOf } from '../testing/patterns';
import { bookingBlock } from './definition';
import { openingHoursText } from './hours';

describeBlockContract(bookingBlock);

describe('prenotazione appuntamento', () => {
  it('le impostazioni sono quelle del motore delle prenotazioni (URP di Alessandria)', () => {
    const { label, help, ...config } = bookingBlock.defaultProps();
    expect(config).toEqual(alessandriaUrpBooking());
    expect(label).toBe('Appuntamento per la carta d’identità elettronica');
    expect(typeof help).toBe('string');
  });

  it('compila la risposta {officeId, start} con il suggerimento del selettore di orari', () => {
    const out = bookingBlock.compile(nodeOf(bookingBlock), testContext());
    expect(out.required).toBe(true);
    expect(out.schema).toMatchObject({
      type: 'object',
      required: ['officeId', 'start'],
      'x-widget': 'slot-picker',
      properties: { officeId: { type: 'string', enum: ['urp'], default: 'urp' }, start: { type: 'string', format: 'date-time' } },
    });
    expect(out.uiSchema).toMatchObject({ 'ui:field': 'MattonciniSlotPicker', 'ui:options': { 'x-widget': 'slot-picker' } });
    expect(out.uiSchema['ui:description']).toBe(
      'Scegli il giorno e l’ora: riceverai la conferma per email. Orari: Lun, Mer, Ven 8:30–12:30 · Mar, Gio 8:30–15:30 (appuntamenti di 20 minuti).',
    );
    expect(failingKeywords(out.schema!, { officeId: 'urp', start: '2026-05-04T06:30:00.000Z' })).toEqual([]);
    expect(failingKeywords(out.schema!, { officeId: 'anagrafe', start: '2026-05-04T06:30:00.000Z' })).toEqual(['enum']);
  });

  it('riassume orari e durata', () => {
    expect(bookingBlock.summary!(nodeOf(bookingBlock))).toBe('Lun, Mer, Ven 8:30–12:30 · Mar, Gio 8:30–15:30 · slot 20 min');
    const weekdays = ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, ranges: [{ from: '08:30', to: '12:30' }] }));
    expect(openingHoursText(weekdays)).toBe('Lun–Ven 8:30–12:30');
    expect(
      openingHoursText([
        { weekday: 6, ranges: [{ from: '08:15', to: '12:30' }] },
        { weekday: 3, ranges: [{ from: '10:45', to: '13:00' }] },
        ...[1, 2, 4, 5].map((weekday) => ({ weekday: weekday as 1, ranges: [{ from: '08:15', to: '13:00' }] })),
      ]),
    ).toBe('Lun, Mar, Gio, Ven 8:15–13:00 · Mer 10:45–13:00 · Sab 8:15–12:30');
  });

  it('con @rjsf/core, senza il selettore registrato, mostra ufficio e data-ora', () => {
    renderStep(flowOf(nodeOf(bookingBlock, {}, 'appuntamento')), 0);
    expect(screen.getByText('Appuntamento per la carta d’identità elettronica')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ufficio/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Data e ora dell’appuntamento/)).toBeInTheDocument();
  });
});
