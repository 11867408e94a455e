import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { multiChoiceBlock } from './definition';

describeBlockContract(multiChoiceBlock);

const servizi = [
  { value: 'mensa', label: 'Mensa scolastica' },
  { value: 'trasporto', label: 'Trasporto scolastico' },
  { value: 'pre_scuola', label: 'Pre-scuola' },
  { value: 'post_scuola', label: 'Post-scuola' },
];

describe('scelta multipla', () => {
  const out = multiChoiceBlock.compile(
    nodeOf(multiChoiceBlock, { label: 'Servizi richiesti', options: servizi, required: true, maxChoices: 2 }),
    testContext(),
  );

  it('compila un array di valori unici fra le opzioni', () => {
    expect(out.schema).toMatchObject({
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: ['mensa', 'trasporto', 'pre_scuola', 'post_scuola'] },
      minItems: 1,
      maxItems: 2,
    });
    expect(out.uiSchema).toMatchObject({ 'ui:widget': 'checkboxes' });
    expect(failingKeywords(out.schema!, ['mensa'])).toEqual([]);
    expect(failingKeywords(out.schema!, [])).toEqual(['minItems']);
    expect(failingKeywords(out.schema!, ['mensa', 'trasporto', 'pre_scuola'])).toEqual(['maxItems']);
  });

  it('obbligatorio significa almeno un’opzione', () => {
    expect(out.schema!['x-messages']).toMatchObject({
      minItems: 'Il campo «Servizi richiesti»: scegli almeno un’opzione',
      maxItems: 'Il campo «Servizi richiesti»: puoi scegliere al massimo 2 opzioni',
    });
  });

  it('riassume opzioni e massimo', () => {
    expect(multiChoiceBlock.summary!(nodeOf(multiChoiceBlock, { options: servizi, maxChoices: 2 }))).toBe('4 opzioni · max 2 scelte');
  });
});
