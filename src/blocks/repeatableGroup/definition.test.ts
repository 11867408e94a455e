import { describe, expect, it } from 'vitest';
import { codiceFiscaleBlock } from '../codiceFiscale/definition';
import { textBlock } from '../text/definition';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { pluralFirstWord, repeatableGroupBlock } from './definition';

describeBlockContract(repeatableGroupBlock);

describe('gruppo ripetibile', () => {
  const node = nodeOf(repeatableGroupBlock, {
    label: 'Nucleo familiare',
    itemLabel: 'Componente del nucleo',
    minItems: 1,
    maxItems: 6,
  });
  node.children = [
    nodeOf(textBlock, { label: 'Nome e cognome', required: true }, 'nome'),
    nodeOf(codiceFiscaleBlock, {}, 'codice_fiscale'),
  ];
  const out = repeatableGroupBlock.compile(node, testContext());

  it('compila un array di oggetti con minimo e massimo', () => {
    expect(out.schema).toMatchObject({
      type: 'array',
      title: 'Nucleo familiare',
      minItems: 1,
      maxItems: 6,
      items: { type: 'object', title: 'Componente del nucleo', required: ['nome', 'codice_fiscale'] },
    });
    expect(out.required).toBe(true);
    expect(out.uiSchema).toMatchObject({ items: { 'ui:order': ['nome', 'codice_fiscale'] } });
    const member = { nome: 'Anna Rossi', codice_fiscale: 'RSSMRA85T10A562S' };
    expect(failingKeywords(out.schema!, [member])).toEqual([]);
    expect(failingKeywords(out.schema!, [])).toEqual(['minItems']);
    expect(failingKeywords(out.schema!, Array(7).fill(member))).toEqual(['maxItems']);
  });

  it('nomina l’elemento nei messaggi', () => {
    expect(out.schema!['x-messages']).toMatchObject({
      minItems: 'Aggiungi almeno 1 «Componente del nucleo»',
      maxItems: 'Puoi aggiungere al massimo 6 «Componente del nucleo»',
    });
  });

  it('riassume «da 1 a 6 componenti»', () => {
    expect(repeatableGroupBlock.summary!(node)).toBe('da 1 a 6 componenti');
  });

  it('fa il plurale della prima parola', () => {
    expect(pluralFirstWord('Figlio a carico')).toBe('figli');
    expect(pluralFirstWord('Persona')).toBe('persone');
    expect(pluralFirstWord('Banca')).toBe('banche');
    expect(pluralFirstWord('Veicolo')).toBe('veicoli');
    expect(pluralFirstWord('')).toBe('elementi');
  });
});
