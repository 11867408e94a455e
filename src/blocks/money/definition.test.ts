import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { moneyBlock } from './definition';

describeBlockContract(moneyBlock);

describe('importo', () => {
  const out = moneyBlock.compile(nodeOf(moneyBlock, { label: 'Canone mensile', maximum: 12000, required: true }), testContext());

  it('è un numero in euro con i centesimi', () => {
    expect(out.schema).toMatchObject({ type: 'number', title: 'Canone mensile (€)', minimum: 0, maximum: 12000, multipleOf: 0.01 });
    expect(failingKeywords(out.schema!, 450.5)).toEqual([]);
    expect(failingKeywords(out.schema!, 450.555)).toEqual(['multipleOf']);
    expect(failingKeywords(out.schema!, -1)).toEqual(['minimum']);
  });

  it('scrive i limiti come importi', () => {
    const messages = out.schema!['x-messages'] as Record<string, string>;
    expect(messages.maximum).toMatch(/^Il campo «Canone mensile» non può superare 12\.000,00\s€$/);
    expect(messages.multipleOf).toBe('Il campo «Canone mensile» può avere al massimo due decimali (centesimi)');
  });

  it('non ripete il simbolo dell’euro', () => {
    expect(moneyBlock.compile(nodeOf(moneyBlock, { label: 'Importo (€)' }), testContext()).schema!.title).toBe('Importo (€)');
  });

  it('riassume l’intervallo', () => {
    expect(moneyBlock.summary!(nodeOf(moneyBlock, { maximum: 500 }))).toMatch(/^max 500,00\s€$/);
  });
});
