import { describe, expect, it } from 'vitest';
import { describeBlockContract, nodeOf, testContext } from '../testing/contract';
import { textareaBlock } from './definition';

describeBlockContract(textareaBlock);

describe('testo lungo', () => {
  it('usa l’area di testo con l’altezza scelta', () => {
    const out = textareaBlock.compile(nodeOf(textareaBlock, { label: 'Motivazione della richiesta', rows: 8 }), testContext());
    expect(out.uiSchema).toMatchObject({ 'ui:widget': 'textarea', 'ui:options': { rows: 8 } });
    expect(out.schema).toMatchObject({ type: 'string', maxLength: 2000 });
  });

  it('riassume la lunghezza massima', () => {
    expect(textareaBlock.summary!(nodeOf(textareaBlock))).toBe('max 2000 caratteri');
  });
});
