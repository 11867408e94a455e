import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { numberBlock } from './definition';

describeBlockContract(numberBlock);

describe('numero', () => {
  const node = nodeOf(numberBlock, { label: 'Persone nel nucleo', minimum: 1, maximum: 12, integer: true, required: true });

  it('compila intero, minimo e massimo con messaggi in italiano', () => {
    const out = numberBlock.compile(node, testContext());
    expect(out.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 12 });
    expect(out.schema!['x-messages']).toMatchObject({
      minimum: 'Il campo «Persone nel nucleo» deve essere almeno 1',
      maximum: 'Il campo «Persone nel nucleo» non può superare 12',
      type: 'Il campo «Persone nel nucleo» deve contenere un numero intero, senza decimali',
    });
    expect(failingKeywords(out.schema!, 13)).toEqual(['maximum']);
    expect(failingKeywords(out.schema!, 2.5)).toEqual(['type']);
  });

  it('mostra i numeri all’italiana e l’unità nel titolo', () => {
    const out = numberBlock.compile(nodeOf(numberBlock, { label: 'Superficie', unit: 'm²', integer: false, maximum: 15000.5 }), testContext());
    expect(out.schema).toMatchObject({ type: 'number', title: 'Superficie (m²)' });
    expect((out.schema!['x-messages'] as Record<string, string>).maximum).toBe('Il campo «Superficie» non può superare 15.000,5');
  });

  it('riassume l’intervallo', () => {
    expect(numberBlock.summary!(node)).toBe('da 1 a 12');
    expect(numberBlock.summary!(nodeOf(numberBlock, { minimum: 18, unit: 'anni' }))).toBe('min 18 anni');
  });
});
