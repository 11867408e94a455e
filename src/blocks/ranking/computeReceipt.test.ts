import { describe, expect, it } from 'vitest';
import { receiptOf } from '../shared/citizenOutputs';
import { computeContext } from '../testing/patterns';
import { templateNode } from '../testing/templateNode';
import { rankingBlock } from './definition';

describe('graduatoria nido (Bologna): punteggio provvisorio e dettaglio per criterio', () => {
  it('due genitori che lavorano e un gemello: il totale, la tabella per criterio, posti e pubblicazione', () => {
    const { node, answers } = templateNode('iscrizione-asilo-nido.json', 'graduatoria', 'Famiglia con due genitori che lavorano e un figlio gemello');
    const r = receiptOf(rankingBlock.compute!(node, answers, computeContext('2027-03-10T08:00:00Z')))!;
    const total = r.table!.total![1];
    expect(r.headline).toEqual({ label: 'Punteggio provvisorio', value: total });
    expect(r.table!.columns).toEqual(['Criterio', 'Punti']);
    expect(r.table!.rows).toHaveLength(9);
    expect(r.table!.rows.find((row) => row.cells[0] === 'Gemello (A8)')!.cells[1]).toBe('4 punti');
    const sum = r.table!.rows.reduce((n, row) => n + Number(row.cells[1].split(' ')[0]), 0);
    expect(total).toBe(`${sum} punti`);
    expect(r.tableFirst).toBe(true);
    expect(r.rows).toEqual([
      { label: 'Posti disponibili', value: '108', settings: true },
      { label: 'A parità di punteggio', value: 'ISEE più basso, poi Bambina o bambino più grande, poi Domanda presentata prima', settings: true },
      { label: 'Lista d’attesa', value: 'Sì: chi non rientra nei posti resta in lista d’attesa', settings: true },
      { label: 'Pubblicazione della graduatoria', value: 'lunedì 31 maggio 2027', settings: true },
    ]);
  });

  it('la precedenza per disabilità vale 1.000 punti', () => {
    const { node, answers } = templateNode('iscrizione-asilo-nido.json', 'graduatoria', 'Mamma sola con bambina con disabilità');
    const r = receiptOf(rankingBlock.compute!(node, answers, computeContext('2027-03-10T08:00:00Z')))!;
    expect(r.table!.rows[0].cells[1]).toBe('1000 punti');
    expect(r.table!.rows[1].cells[1]).toBe('15 punti');
  });
});
