import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { textBlock } from './definition';

describeBlockContract(textBlock);

describe('testo breve', () => {
  const ctx = testContext();

  it('compila lunghezze e formato con messaggi che nominano il campo', () => {
    const node = nodeOf(textBlock, {
      label: 'Targa del veicolo',
      required: true,
      minLength: 7,
      maxLength: 7,
      pattern: '^[A-Za-z]{2}[0-9]{3}[A-Za-z]{2}$',
      patternName: 'targa italiana (es. AB123CD)',
      help: 'Come sul libretto',
      placeholder: 'AB123CD',
    });
    const out = textBlock.compile(node, ctx);
    expect(out.required).toBe(true);
    expect(out.schema).toMatchObject({ type: 'string', title: 'Targa del veicolo', minLength: 7, maxLength: 7 });
    expect(out.schema!['x-messages']).toEqual({
      required: 'Il campo «Targa del veicolo» è obbligatorio',
      minLength: 'Il campo «Targa del veicolo» deve contenere almeno 7 caratteri',
      maxLength: 'Il campo «Targa del veicolo» può contenere al massimo 7 caratteri',
      pattern: 'Il campo «Targa del veicolo» non è nel formato richiesto: targa italiana (es. AB123CD)',
    });
    expect(out.uiSchema).toEqual({ 'ui:help': 'Come sul libretto', 'ui:placeholder': 'AB123CD' });
    expect(failingKeywords(out.schema!, 'AB123CD')).toEqual([]);
    expect(failingKeywords(out.schema!, 'AB12CDE')).toContain('pattern');
  });

  it('non aggiunge vincoli assenti', () => {
    const out = textBlock.compile(nodeOf(textBlock, { maxLength: undefined }), ctx);
    expect(out.schema).not.toHaveProperty('minLength');
    expect(out.schema).not.toHaveProperty('maxLength');
    expect(out.schema).not.toHaveProperty('pattern');
    expect(out.required).toBe(false);
  });

  it('riassume lunghezze e formato', () => {
    expect(textBlock.summary!(nodeOf(textBlock))).toBe('max 200 caratteri');
    expect(textBlock.summary!(nodeOf(textBlock, { minLength: 2, maxLength: 50, patternName: 'solo lettere' }))).toBe(
      'da 2 a 50 caratteri · solo lettere',
    );
  });

  it('ha una chiave di integrazione riservata ai tecnici', () => {
    expect(textBlock.technicalProps).toContain('integrationKey');
  });
});
