import { describe, expect, it } from 'vitest';
import { checkoutOf, receiptOf } from '../shared/citizenOutputs';
import { nodeOf } from '../testing/contract';
import { computeContext } from '../testing/patterns';
import { templateNode } from '../testing/templateNode';
import { paymentBlock } from './definition';

const AUTOMOBILISTA = 'Automobilista con verbale a mano che paga subito';

describe('pagamento: riepilogo, ricevuta e checkout pagoPA', () => {
  it('multa (Castenaso): la fascia entro 5 giorni, la tabella delle fasce e il checkout con il codice avviso', () => {
    const { node, answers } = templateNode('pagamento-sanzioni.json', 'pagamento', AUTOMOBILISTA);
    // Notified on 12 June 2026, paying on the 14th: 2 days, 30% off the reduced 42 € + 14,50 € costs.
    const r = paymentBlock.compute!(node, answers, computeContext('2026-06-14T08:00:00Z'));
    const receipt = receiptOf(r)!;
    expect(receipt.headline).toEqual({ label: 'Importo da pagare', value: '43,90\u00a0€' });
    expect(receipt.rows).toContainEqual({ label: 'Codice avviso', value: '301202600045120059', echo: true });
    expect(receipt.rows).toContainEqual({ label: 'Giorni dalla notifica', value: '2 giorni' });
    expect(receipt.table!.rows.map((row) => [row.cells[0], row.cells[3], row.current === true])).toEqual([
      ['Entro 5 giorni (sconto del 30%)', '43,90\u00a0€', true],
      ['Dal 6° al 60° giorno', '56,50\u00a0€', false],
      ['Dopo il 60° giorno', '101,00\u00a0€', false],
    ]);
    expect(checkoutOf(r)).toEqual({ amount: 43.9, reason: 'Sanzione Codice della strada - Polizia locale', noticeCode: '301202600045120059' });
  });

  it('multa: al 61° giorno metà del massimo; senza data di notifica nessun checkout', () => {
    const { node, answers } = templateNode('pagamento-sanzioni.json', 'pagamento', AUTOMOBILISTA);
    const late = paymentBlock.compute!(node, answers, computeContext('2026-08-12T08:00:00Z'));
    expect(checkoutOf(late)?.amount).toBe(101);
    const undated = paymentBlock.compute!(node, { pagamento: { notice_code: '301202600045120059' } }, computeContext('2026-06-14T08:00:00Z'));
    expect(checkoutOf(undated)).toBeUndefined();
    expect(receiptOf(undated)!.table!.rows.some((row) => row.current)).toBe(false);
  });

  it('mensa (Manfredonia): la quota di ogni rata e il piano di 9 rate da settembre a maggio, senza checkout', () => {
    const { node, answers } = templateNode('mensa-scolastica.json', 'retta', 'Famiglia residente con ISEE basso, tempo pieno');
    const r = paymentBlock.compute!(node, answers, computeContext('2027-06-10T08:00:00Z'));
    const receipt = receiptOf(r)!;
    expect(receipt.headline).toEqual({ label: 'Importo di ogni rata', value: '40,00\u00a0€' });
    expect(receipt.table!.rows).toHaveLength(9);
    expect(receipt.table!.rows[0].cells).toEqual(['1ª', '30/9/2027', '40,00\u00a0€']);
    expect(receipt.table!.rows[5].cells[1]).toBe('29/2/2028');
    expect(receipt.table!.total).toEqual(['Totale', '', '360,00\u00a0€']);
    expect(checkoutOf(r)).toBeUndefined();
  });

  it('prima dell’invio: checkout dell’importo fisso; dopo l’approvazione: solo una nota', () => {
    const before = nodeOf(paymentBlock, { mode: 'before_submission', amount: 16, reason: 'Diritti di segreteria CIE', label: 'Diritti di segreteria' }, 'diritti');
    const r = paymentBlock.compute!(before, {}, computeContext('2026-12-01T08:00:00Z'));
    expect(checkoutOf(r)).toEqual({ amount: 16, reason: 'Diritti di segreteria CIE' });
    expect(receiptOf(r)!.headline).toEqual({ label: 'Importo da pagare', value: '16,00\u00a0€' });
    const after = nodeOf(paymentBlock, { mode: 'after_approval', amount: 16, reason: 'Diritti di segreteria CIE' }, 'diritti');
    const a = paymentBlock.compute!(after, {}, computeContext('2026-12-01T08:00:00Z'));
    expect(checkoutOf(a)).toBeUndefined();
    expect(receiptOf(a)!.notes![0]).toMatch(/^Non devi pagare ora/);
  });
});
