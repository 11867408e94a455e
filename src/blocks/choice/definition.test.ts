import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { choiceBlock } from './definition';

describeBlockContract(choiceBlock);

const tariffe = [
  { value: 'intera', label: 'Tariffa intera' },
  { value: 'ridotta', label: 'Tariffa ridotta (ISEE sotto 15.000 €)' },
  { value: 'esente', label: 'Esenzione' },
];

describe('scelta singola', () => {
  it('compila le opzioni come enum con i nomi per l’interfaccia', () => {
    const out = choiceBlock.compile(nodeOf(choiceBlock, { label: 'Tariffa mensa', options: tariffe, required: true }), testContext());
    expect(out.schema).toMatchObject({ type: 'string', enum: ['intera', 'ridotta', 'esente'] });
    expect(out.uiSchema).toMatchObject({
      'ui:widget': 'radio',
      'ui:enumNames': ['Tariffa intera', 'Tariffa ridotta (ISEE sotto 15.000 €)', 'Esenzione'],
    });
    expect(failingKeywords(out.schema!, 'gratis')).toEqual(['enum']);
  });

  it('usa il menu a tendina se richiesto', () => {
    const out = choiceBlock.compile(nodeOf(choiceBlock, { options: tariffe, display: 'select' }), testContext());
    expect(out.uiSchema['ui:widget']).toBe('select');
  });

  it('tiene il valore predefinito solo se è fra le opzioni', () => {
    const ctx = testContext();
    expect(choiceBlock.compile(nodeOf(choiceBlock, { options: tariffe, default: 'ridotta' }), ctx).schema!.default).toBe('ridotta');
    expect(choiceBlock.compile(nodeOf(choiceBlock, { options: tariffe, default: 'gratis' }), ctx).schema).not.toHaveProperty('default');
  });

  it('senza opzioni non produce un enum vuoto', () => {
    const out = choiceBlock.compile(nodeOf(choiceBlock, { options: [] }), testContext());
    expect(out.schema).not.toHaveProperty('enum');
  });

  it('riassume il numero di opzioni', () => {
    expect(choiceBlock.summary!(nodeOf(choiceBlock, { options: tariffe }))).toBe('3 opzioni');
    expect(choiceBlock.summary!(nodeOf(choiceBlock, { options: [tariffe[0]] }))).toBe('1 opzione');
  });
});
