import { describe, expect, it } from 'vitest';
import { textBlock } from '../text/definition';
import { describeBlockContract, nodeOf, testContext } from '../testing/contract';
import { sectionBlock } from './definition';

describeBlockContract(sectionBlock);

describe('sezione', () => {
  it('compila i figli in un oggetto con titolo e introduzione', () => {
    const node = nodeOf(sectionBlock, { label: 'Dati del veicolo', description: 'Come sul **libretto**' });
    node.children = [
      nodeOf(textBlock, { label: 'Targa', required: true }, 'targa'),
      nodeOf(textBlock, { label: 'Modello' }, 'modello'),
    ];
    const out = sectionBlock.compile(node, testContext());
    expect(out.schema).toMatchObject({ type: 'object', title: 'Dati del veicolo', required: ['targa'] });
    expect(Object.keys(out.schema!.properties as object)).toEqual(['targa', 'modello']);
    expect(out.uiSchema).toMatchObject({ 'ui:order': ['targa', 'modello'], 'ui:description': 'Come sul **libretto**' });
    expect(out.required).toBe(true);
  });

  it('non è obbligatoria se nessun figlio lo è', () => {
    const node = nodeOf(sectionBlock);
    node.children = [nodeOf(textBlock, {}, 'note')];
    expect(sectionBlock.compile(node, testContext()).required).toBe(false);
    expect(sectionBlock.summary!(node)).toBe('1 elemento');
  });
});
