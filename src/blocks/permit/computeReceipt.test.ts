import { describe, expect, it } from 'vitest';
import { receiptOf } from '../shared/citizenOutputs';
import { computeContext } from '../testing/patterns';
import { templateNode } from '../testing/templateNode';
import { permitBlock } from './definition';

describe('contrassegno CUDE: risposta attesa, validità e rinnovo per riepilogo e ricevuta', () => {
  it('permanente (5 anni, rinnovo da 90 giorni prima): date dalla risposta attesa, documenti allegati', () => {
    const { node, answers } = templateNode('contrassegno-disabili.json', 'contrassegno', 'Pensionato con invalidità permanente, primo rilascio con ZTL');
    // Monday 1 February 2027: answer within 30 days → Wednesday 3 March 2027.
    const r = receiptOf(permitBlock.compute!(node, answers, computeContext('2027-02-01T09:00:00Z')))!;
    expect(r.headline).toEqual({ label: 'Risposta entro', value: 'mercoledì 3 marzo 2027' });
    expect(r.rows.slice(0, 3)).toEqual([
      { label: 'Validità', value: '5 anni dal rilascio, fino a mercoledì 3 marzo 2032' },
      { label: 'Rinnovo', value: 'Si può chiedere da giovedì 4 dicembre 2031' },
      { label: 'Ufficio responsabile', value: 'Polizia locale – Ufficio permessi e contrassegni', settings: true },
    ]);
    expect(r.rows).toContainEqual({ label: 'Fototessera recente', value: 'fototessera.jpg', echo: true });
    expect(r.warning).toBeUndefined();
  });

  it('temporaneo: non rinnovabile; i documenti mancanti sono segnalati', () => {
    const { node } = templateNode('contrassegno-disabili.json', 'contrassegno_temporaneo');
    const r = receiptOf(permitBlock.compute!(node, {}, computeContext('2027-02-01T09:00:00Z')))!;
    expect(r.rows[0]).toEqual({ label: 'Rinnovo', value: 'Non rinnovabile: alla scadenza serve una nuova domanda' });
    expect(r.warning).toMatch(/^Documenti ancora da allegare: Certificato dell’ASL/);
  });
});
