import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { ibanBlock } from './definition';
import { isIban, isItalianIban } from './ibanFormats';

describeBlockContract(ibanBlock);

describe('IBAN', () => {
  it('controlla le cifre di controllo, accettando spazi e minuscole', () => {
    expect(isItalianIban('IT60X0542811101000000123456')).toBe(true);
    expect(isItalianIban('it60 x054 2811 1010 0000 0123 456')).toBe(true);
    expect(isItalianIban('IT60X0542811101000000123457')).toBe(false);
    expect(isItalianIban('IT60X054281110100000012345')).toBe(false);
    expect(isItalianIban('')).toBe(false);
  });

  it('distingue conti italiani ed esteri', () => {
    const german = 'DE89370400440532013000';
    expect(isIban(german)).toBe(true);
    expect(isItalianIban(german)).toBe(false);
  });

  it('compila «iban-it» per impostazione predefinita, «iban» se sono ammessi conti esteri', () => {
    const ctx = testContext();
    const italian = ibanBlock.compile(nodeOf(ibanBlock), ctx);
    expect(italian.schema).toMatchObject({ format: 'iban-it' });
    expect((italian.schema!['x-messages'] as Record<string, string>).format).toMatch(/^«IBAN» non valido/);
    expect(failingKeywords(italian.schema!, 'IT60X0542811101000000123457')).toEqual(['format']);
    expect(failingKeywords(italian.schema!, 'DE89370400440532013000')).toEqual(['format']);
    const any = ibanBlock.compile(nodeOf(ibanBlock, { italianOnly: false }), ctx);
    expect(any.schema).toMatchObject({ format: 'iban' });
    expect(failingKeywords(any.schema!, 'DE89370400440532013000')).toEqual([]);
  });
});
