import { describe, expect, it } from 'vitest';
import { nodeOf } from '../testing/contract';
import { computeContext } from '../testing/patterns';
import { permitBlock } from './definition';
import { addRomeMonths, monthsInWords } from './validity';

const jpg = 'data:image/jpeg;name=foto.jpg;base64,/9j/4AAQ';
const cude = () => nodeOf(permitBlock, {}, 'cude');

describe('permesso: calcoli dell’anteprima', () => {
  it('data attesa della decisione dal tempo massimo di risposta, scadenza a 5 anni e rinnovo', () => {
    // 10:30 in Rome on Monday 1 March 2027.
    const result = permitBlock.compute!(cude(), {}, computeContext('2027-03-01T09:30:00Z'));
    expect(result).toMatchObject({
      submittedOn: '2027-03-01',
      expectedDecisionDate: '2027-03-31',
      expectedDecisionText: 'mercoledì 31 marzo 2027',
      validUntil: '2032-03-31',
      renewalFrom: '2032-01-01',
      permanent: false,
      problems: [],
    });
  });

  it('lo dice al cittadino', () => {
    const result = permitBlock.compute!(cude(), { cude: { fototessera: jpg } }, computeContext('2027-03-01T09:30:00Z'));
    expect(result.markdown).toBe(
      [
        'Se presenti la domanda oggi, la risposta arriverà entro **mercoledì 31 marzo 2027**.',
        'Il permesso sarà valido fino al 31/3/2032. Il rinnovo si potrà chiedere dal 1/1/2032.',
        'Documenti ancora da allegare:\n\n- Certificato dell’ULSS o verbale INPS con ridotta capacità di deambulazione \\(art\\. 381 DPR 495/1992\\)\n- Documento d’identità',
      ].join('\n\n'),
    );
  });

  it('conta dal giorno di Roma, non da quello UTC', () => {
    // 00:30 in Rome on 1 March is still 28 February in UTC.
    const result = permitBlock.compute!(cude(), {}, computeContext('2027-02-28T23:30:00Z'));
    expect(result.expectedDecisionDate).toBe('2027-03-31');
  });

  it('elenca i documenti obbligatori mancanti', () => {
    const result = permitBlock.compute!(cude(), { cude: { fototessera: jpg } }, computeContext('2027-03-01T09:30:00Z'));
    expect(result.missingDocuments).toEqual([
      'Certificato dell’ULSS o verbale INPS con ridotta capacità di deambulazione (art. 381 DPR 495/1992)',
      'Documento d’identità',
    ]);
  });

  it('permanente: nessuna scadenza; impostazioni rovinate: nessuna eccezione', () => {
    const permanent = nodeOf(permitBlock, { validity: { kind: 'permanent' } });
    expect(permitBlock.compute!(permanent, {}, computeContext('2027-03-01T09:30:00Z'))).toMatchObject({ validUntil: null, permanent: true });
    const broken = { ...cude(), props: { maxResponseDays: 'trenta', documents: 'x', validity: 5 } };
    const result = permitBlock.compute!(broken as never, {}, computeContext('2027-03-01T09:30:00Z'));
    expect(result).toMatchObject({ expectedDecisionDate: null, problems: ['Tempo massimo di risposta non indicato.'] });
  });

  it('somma i mesi restando nel mese giusto', () => {
    expect(addRomeMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addRomeMonths('2027-01-15', 60)).toBe('2032-01-15');
    expect(monthsInWords(60)).toBe('5 anni');
    expect(monthsInWords(18)).toBe('18 mesi');
    expect(monthsInWords(1)).toBe('1 mese');
  });
});
