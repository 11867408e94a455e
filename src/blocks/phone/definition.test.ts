import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { phoneBlock } from './definition';
import { isPhoneNumber } from './phoneFormat';

describeBlockContract(phoneBlock);

describe('telefono', () => {
  it('accetta i modi comuni di scrivere un numero', () => {
    for (const ok of ['3331234567', '333 123 4567', '+39 06 1234567', '0039-06-123.4567', '(06) 1234567', '0131 234567']) {
      expect(isPhoneNumber(ok), ok).toBe(true);
    }
  });

  it('rifiuta testo, numeri troppo corti o troppo lunghi', () => {
    for (const bad of ['ciao', '12345', '+39 333 123 4567 8901 23', '333-ABC-4567', '++39333123456']) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
  });

  it('compila il formato «phone» con un campo di tipo tel', () => {
    const out = phoneBlock.compile(nodeOf(phoneBlock), testContext());
    expect(out.schema).toMatchObject({ format: 'phone' });
    expect(out.uiSchema).toMatchObject({ 'ui:options': { inputType: 'tel' } });
    expect(failingKeywords(out.schema!, 'abc')).toEqual(['format']);
  });
});
