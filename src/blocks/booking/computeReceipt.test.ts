import { describe, expect, it } from 'vitest';
import { computeContext } from '../testing/patterns';
import { templateNode } from '../testing/templateNode';
import type { BookingComputed } from './compute';
import { bookingBlock } from './definition';

const ADULT = 'Adulto che rinnova la carta in scadenza';

describe('prenotazione CIE: la conferma dell’appuntamento per riepilogo e ricevuta', () => {
  it('data e ora, ufficio con indirizzo, durata e termine per annullare (il giorno prima)', () => {
    const { node, answers } = templateNode('prenotazione-anagrafe.json', 'appuntamento', ADULT);
    // Monday 1 March 2027, 10:00 in Rome; the persona booked Tuesday 9 March at 09:30.
    const r = bookingBlock.compute!(node, answers, computeContext('2027-03-01T09:00:00Z')) as BookingComputed;
    expect(r.receipt).toEqual({
      title: 'Appuntamento per la carta d’identità elettronica',
      headline: { label: 'Data e ora', value: 'martedì 9 marzo 2027, 09:30' },
      rows: [
        { label: 'Ufficio', value: 'Ufficio Anagrafe – Sportello CIE', echo: true },
        { label: 'Indirizzo', value: 'Piazza della Repubblica 1, 40100 Borgo Esempio' },
        { label: 'Durata', value: '20 minuti' },
        { label: 'Annullamento', value: 'Puoi annullare entro lunedì 8 marzo 2027' },
      ],
    });
  });

  it('un orario che non è più libero (la data di riferimento è passata oltre) chiede di sceglierne un altro', () => {
    const { node, answers } = templateNode('prenotazione-anagrafe.json', 'appuntamento', ADULT);
    const r = bookingBlock.compute!(node, answers, computeContext('2027-03-09T09:00:00Z')) as BookingComputed;
    expect(r.receipt?.warning).toBe('L’orario scelto non è più disponibile: scegline un altro.');
  });

  it('nessuna conferma finché non si sceglie un orario', () => {
    const { node } = templateNode('prenotazione-anagrafe.json', 'appuntamento');
    const r = bookingBlock.compute!(node, {}, computeContext('2027-03-01T09:00:00Z')) as BookingComputed;
    expect(r.receipt).toBeUndefined();
    expect(r.days.length).toBeGreaterThan(10);
  });
});
