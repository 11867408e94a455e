import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { yesNoBlock } from './definition';

describeBlockContract(yesNoBlock);

describe('sì/no', () => {
  it('è un booleano a pulsanti, senza risposta suggerita', () => {
    const out = yesNoBlock.compile(nodeOf(yesNoBlock, { label: 'Sei residente nel Comune?', required: true }), testContext());
    expect(out.schema).toEqual({
      type: 'boolean',
      title: 'Sei residente nel Comune?',
      'x-messages': {
        required: 'Il campo «Sei residente nel Comune?» è obbligatorio',
        type: 'Il campo «Sei residente nel Comune?»: scegli una delle opzioni proposte',
      },
    });
    expect(out.uiSchema).toMatchObject({ 'ui:widget': 'radio', 'ui:enumNames': ['Sì', 'No'] });
    expect(failingKeywords(out.schema!, false)).toEqual([]);
  });

  it('in inglese mostra Yes/No', () => {
    const out = yesNoBlock.compile(nodeOf(yesNoBlock), testContext('en'));
    expect(out.uiSchema['ui:enumNames']).toEqual(['Yes', 'No']);
  });
});
