import { describe, expect, it } from 'vitest';
import { PISA_AMOUNT } from '../../rules/fixtures';
import { nodeOf } from '../testing/contract';
import { computeContext } from '../testing/patterns';
import { benefitBlock } from './definition';

const ctx = computeContext('2026-03-10T10:00:00Z', { labels: (k) => ({ nucleo: 'Nucleo familiare', 'isee.value': 'ISEE' })[k] });
const household = (n: number) => Array.from({ length: n }, (_, i) => ({ nome: `Componente ${i + 1}` }));

describe('beneficio: importo dell’anteprima', () => {
  it('Pisa 2021: ISEE 12.000 €, 4 componenti → 450 €', () => {
    // Within the ISEE limit of €16,500 the brackets apply; above it, nothing.
    const pisa = nodeOf(benefitBlock, { amount: { if: [{ '<=': [{ var: 'isee.value' }, 16500] }, PISA_AMOUNT, 0] }, cap: undefined });
    const result = benefitBlock.compute!(pisa, { isee: { value: 12000 }, nucleo: household(4) }, ctx);
    expect(result).toMatchObject({ amount: 450, amountText: '450,00\u00a0€', capped: false });
    expect(benefitBlock.compute!(pisa, { isee: { value: 17000 }, nucleo: household(4) }, ctx).amount).toBe(0);
  });

  it('Savona: 150 € + 50 € a componente, tetto di 400 €', () => {
    const savona = nodeOf(benefitBlock);
    expect(benefitBlock.compute!(savona, { nucleo: household(1) }, ctx).amount).toBe(150);
    expect(benefitBlock.compute!(savona, { nucleo: household(4) }, ctx).amount).toBe(300);
    const large = benefitBlock.compute!(savona, { nucleo: household(9) }, ctx);
    expect(large).toMatchObject({ amount: 400, capped: true, payout: 'voucher', budget: 25000 });
    expect((large.explanation as Array<{ text: string }>).map((e) => e.text)).toEqual([
      'Importo calcolato: 550,00\u00a0€',
      'Tetto massimo: 400,00\u00a0€',
      'Importo riconosciuto: 400,00\u00a0€',
    ]);
    expect(large.formula).toBe('150 + 50 × (numero di Nucleo familiare − 1)');
    expect(large.markdown).toBe('**Importo riconosciuto: 400,00\u00a0€**\n\n- Importo calcolato: 550,00\u00a0€\n- Tetto massimo: 400,00\u00a0€');
  });

  it('senza risposte: nessun importo, e lo dice', () => {
    const result = benefitBlock.compute!(nodeOf(benefitBlock, { amount: { '*': [{ var: 'isee.value' }, 0.01] } }), {}, ctx);
    expect(result).toMatchObject({ amount: 0, capped: false });
    expect((result.explanation as Array<{ label: string }>)[0].label).toBe('Importo non calcolabile');
  });

  it('con accredito: dice se l’IBAN inserito è valido', () => {
    const node = nodeOf(benefitBlock, { payout: 'iban' }, 'buono');
    expect(benefitBlock.compute!(node, { nucleo: household(2), buono: { iban: 'IT60X0542811101000000123456' } }, ctx).iban).toEqual({
      value: 'IT60X0542811101000000123456',
      valid: true,
    });
    expect(benefitBlock.compute!(node, { buono: { iban: 'IT00' } }, ctx).iban).toEqual({ value: 'IT00', valid: false });
  });

  it('impostazioni rovinate: nessuna eccezione', () => {
    const broken = { ...nodeOf(benefitBlock), props: { amount: undefined, cap: 'tanto', budget: -3 } };
    expect(benefitBlock.compute!(broken as never, {}, ctx)).toMatchObject({ amount: 0, budget: 0, formula: '' });
  });
});
