import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { addressBlock } from './definition';

describeBlockContract(addressBlock);

const valid = { street: 'Via Roma', number: '12/A', postcode: '15121', municipality: 'Alessandria', province: 'AL' };

describe('indirizzo', () => {
  const out = addressBlock.compile(nodeOf(addressBlock, { label: 'Indirizzo dell’immobile', defaultMunicipality: 'Alessandria', defaultProvince: 'AL' }), testContext());

  it('è un oggetto con via, civico, CAP, comune e provincia', () => {
    expect(out.schema).toMatchObject({
      type: 'object',
      title: 'Indirizzo dell’immobile',
      required: ['street', 'number', 'postcode', 'municipality', 'province'],
    });
    expect(out.uiSchema['ui:order']).toEqual(['street', 'number', 'postcode', 'municipality', 'province']);
    expect(failingKeywords(out.schema!, valid)).toEqual([]);
  });

  it('controlla CAP a 5 cifre e sigla di provincia', () => {
    expect(failingKeywords(out.schema!, { ...valid, postcode: '1512' })).toContain('pattern');
    expect(failingKeywords(out.schema!, { ...valid, province: 'ALE' })).toContain('pattern');
    const props = (out.schema!.properties as Record<string, { 'x-messages': Record<string, string> }>);
    expect(props.postcode['x-messages'].pattern).toBe('Il campo «CAP» deve contenere 5 cifre');
    expect(props.province['x-messages'].pattern).toBe('Il campo «Provincia» deve contenere la sigla di 2 lettere (es. RM)');
  });

  it('precompila comune e provincia', () => {
    const props = out.schema!.properties as Record<string, { default?: string }>;
    expect(props.municipality.default).toBe('Alessandria');
    expect(props.province.default).toBe('AL');
    expect(addressBlock.summary!(nodeOf(addressBlock, { defaultMunicipality: 'Alessandria' }))).toBe('comune predefinito: Alessandria');
  });

  it('facoltativo: nessun sotto-campo obbligatorio', () => {
    const optional = addressBlock.compile(nodeOf(addressBlock, { required: false }), testContext());
    expect(optional.schema!.required).toEqual([]);
    expect(optional.required).toBe(false);
  });
});
