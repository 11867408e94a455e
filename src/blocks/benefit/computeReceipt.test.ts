import { describe, expect, it } from 'vitest';
import { receiptOf } from '../shared/citizenOutputs';
import { computeContext } from '../testing/patterns';
import { templateNode } from '../testing/templateNode';
import { benefitBlock } from './definition';

const receiptFor = (persona: string) => {
  const { node, answers, labels } = templateNode('bonus-alimentare.json', 'beneficio', persona);
  return receiptOf(benefitBlock.compute!(node, answers, computeContext('2026-12-01T08:00:00Z', { labels })))!;
};

describe('buono spesa (Pisa): l’importo con la sua spiegazione per riepilogo e ricevuta', () => {
  it('3 persone: 400 €, fascia «fino a 3», accredito sull’IBAN', () => {
    const r = receiptFor('Famiglia con ISEE basso (3 persone)');
    expect(r.title).toBe('Buono spesa');
    expect(r.headline).toEqual({ label: 'Importo riconosciuto', value: '400,00\u00a0€' });
    expect(r.rows).toEqual([
      { label: 'Fascia applicata', value: 'Numero di Componenti del nucleo familiare: 3 — fascia «fino a 3»' },
      { label: 'Come lo ricevi', value: 'Accredito sul conto corrente', settings: true },
      { label: 'IBAN', value: 'IT60 X054 2811 1010 0000 0123 456', echo: true },
    ]);
  });

  it('5 persone: oltre la terza, 400 € + 50 € per componente = 500 €', () => {
    const r = receiptFor('Famiglia numerosa (5 persone)');
    expect(r.headline!.value).toBe('500,00\u00a0€');
    expect(r.rows[0].value).toBe('Numero di Componenti del nucleo familiare: 5 — fascia «oltre 3»');
  });

  it('il tetto: 9 persone darebbero 700 €, se ne riconoscono 600', () => {
    const { node, answers, labels } = templateNode('bonus-alimentare.json', 'beneficio', 'Famiglia numerosa (5 persone)');
    const nucleo = answers.nucleo as unknown[];
    answers.nucleo = [...nucleo, ...nucleo.slice(0, 4)];
    const r = receiptOf(benefitBlock.compute!(node, answers, computeContext('2026-12-01T08:00:00Z', { labels })))!;
    expect(r.headline!.value).toBe('600,00\u00a0€');
    expect(r.rows).toContainEqual({ label: 'Importo calcolato', value: '700,00\u00a0€' });
    expect(r.rows).toContainEqual({ label: 'Tetto massimo', value: '600,00\u00a0€' });
    expect(r.rows).toContainEqual({ label: 'Tetto applicato', value: 'Sì: l’importo calcolato supera il massimo previsto' });
  });
});
