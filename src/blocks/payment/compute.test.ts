import { describe, expect, it } from 'vitest';
import { nodeOf } from '../testing/contract';
import { computeContext } from '../testing/patterns';
import { paymentBlock } from './definition';

const ctx = computeContext('2026-03-10T10:00:00Z', { labels: (k) => ({ 'isee.value': 'ISEE' })[k] });

describe('pagamento: calcoli dell’anteprima', () => {
  it('retta della mensa (Manfredonia): 9 rate mensili da settembre a maggio', () => {
    const result = paymentBlock.compute!(nodeOf(paymentBlock), { residente: true, isee: { value: 8000 } }, ctx);
    // ISEE 6,000.01–9,360: €3.50 a meal × 20 meals.
    expect(result).toMatchObject({ mode: 'recurring', amount: 70, amountText: '70,00\u00a0€', total: 630, problems: [] });
    const plan = result.instalments as Array<{ n: number; dueDate: string; amount: number }>;
    expect(plan.map((i) => i.dueDate)).toEqual([
      '2026-09-30',
      '2026-10-30',
      '2026-11-30',
      '2026-12-30',
      '2027-01-30',
      '2027-02-28',
      '2027-03-30',
      '2027-04-30',
      '2027-05-30',
    ]);
    expect(plan.every((i) => i.amount === 70)).toBe(true);
    expect(result.formula).toContain('in base a ISEE');
    const lines = (result.markdown as string).split('\n');
    expect(lines[0]).toBe('**Importo di ogni rata: 70,00\u00a0€** (totale 630,00\u00a0€)');
    expect(lines).toContain('- 6ª rata, 28/2/2027: 70,00\u00a0€');
  });

  it('senza ISEE o non residenti: tariffa piena', () => {
    expect(paymentBlock.compute!(nodeOf(paymentBlock), { residente: false }, ctx).amount).toBe(90);
  });

  it('un totale diviso in rate somma esattamente al centesimo', () => {
    const node = nodeOf(paymentBlock, { amount: 100, instalments: { frequency: 'quarterly', start: '2026-01-31', count: 3, amountIs: 'total' } });
    const result = paymentBlock.compute!(node, {}, ctx);
    expect((result.instalments as Array<{ amount: number; dueDate: string }>).map((i) => [i.dueDate, i.amount])).toEqual([
      ['2026-01-31', 33.34],
      ['2026-04-30', 33.33],
      ['2026-07-31', 33.33],
    ]);
    expect(result.total).toBe(100);
  });

  it('rate senza data o numero: il problema in italiano, nessuna eccezione', () => {
    const node = nodeOf(paymentBlock, { amount: 50, instalments: { frequency: 'monthly', start: '2026-09-30', amountIs: 'each' } });
    expect(paymentBlock.compute!(node, {}, ctx)).toMatchObject({
      amount: 50,
      instalments: null,
      problems: ['Indicare il numero di rate o la data dell’ultima rata.'],
    });
  });

  it('una tantum prima dell’invio', () => {
    const node = nodeOf(paymentBlock, { mode: 'before_submission', amount: 16 });
    expect(paymentBlock.compute!(node, {}, ctx)).toMatchObject({ amount: 16, amountText: '16,00\u00a0€', instalments: null, formula: '16' });
  });

  it('multa (Castenaso): l’importo dipende dai giorni dalla notifica', () => {
    const fine = (notifiedOn: string) =>
      paymentBlock.compute!(nodeOf(paymentBlock, { mode: 'due' }, 'multa'), { multa: { notified_on: notifiedOn } }, ctx);
    expect(fine('2026-03-07')).toMatchObject({ amount: 43.9, fine: { band: 'discount-30', daysSinceNotification: 3 } });
    expect(fine('2026-02-20')).toMatchObject({ amount: 56.5, fine: { band: 'reduced' } });
    expect(fine('2025-12-01')).toMatchObject({ amount: 101, amountText: '101,00\u00a0€', fine: { band: 'half-maximum' } });
    expect(fine('2026-04-01')).toMatchObject({ amount: null, problems: ['La data di notifica è nel futuro.'] });
    expect((fine('2026-03-07').fineBands as Array<{ amount: number }>).map((b) => b.amount)).toEqual([43.9, 56.5, 101]);
    expect(fine('2026-03-07').markdown).toBe(
      '**Da pagare: 43,90\u00a0€**\n\nPagamento entro 5 giorni dalla notifica: importo ridotto del 30%, spese di notifica comprese.',
    );
  });

  it('codice avviso: il problema spiegato al cittadino', () => {
    const result = paymentBlock.compute!(nodeOf(paymentBlock, { mode: 'due' }, 'multa'), { multa: { notice_code: '301123456789012300' } }, ctx);
    expect(result.noticeCode).toEqual({
      value: '301123456789012300',
      valid: false,
      problem: 'Le ultime due cifre di controllo non corrispondono: verificare il codice sull’avviso.',
    });
    expect(result.amount).toBeNull();
    expect(result.markdown).toBe('Codice avviso: Le ultime due cifre di controllo non corrispondono: verificare il codice sull’avviso.');
  });

  it('impostazioni rovinate: nessuna eccezione', () => {
    const broken = { ...nodeOf(paymentBlock), props: { mode: 'boh', amount: 'tanto', instalments: 3, fine: [] } };
    expect(paymentBlock.compute!(broken as never, {}, ctx)).toMatchObject({ mode: 'before_submission', amount: null, problems: ['Importo non impostato.'] });
  });
});
