import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { iseeBlock } from './definition';
import { isDsuProtocol, normalizeDsuProtocol } from './dsuProtocol';

describeBlockContract(iseeBlock);

describe('numero di protocollo DSU', () => {
  it('accetta il formato dell’attestazione, anche scritto con minuscole o spazi', () => {
    expect(isDsuProtocol('INPS-ISEE-2026-12345A789-00')).toBe(true);
    expect(isDsuProtocol('inps-isee-2025-ABCDEF123-01')).toBe(true);
    expect(isDsuProtocol(' INPS ISEE 2024 00123456Z 00 ')).toBe(true);
    expect(normalizeDsuProtocol('inps isee 2024 00123456z 00')).toBe('INPS-ISEE-2024-00123456Z-00');
  });

  it('rifiuta parti mancanti o sbagliate', () => {
    expect(isDsuProtocol('INPS-ISEE-2026-12345A78-00')).toBe(false); // 8 characters
    expect(isDsuProtocol('INPS-ISEE-2026-12345A789')).toBe(false); // no suffix
    expect(isDsuProtocol('INPS-ISEE-2010-12345A789-00')).toBe(false); // before the 2015 reform
    expect(isDsuProtocol('12345A789-00')).toBe(false);
    expect(isDsuProtocol('CAF-ISEE-2026-12345A789-00')).toBe(false);
  });
});

describe('ISEE', () => {
  const valid = { value: 8450.32, expiry: '2026-12-31', protocol: 'INPS-ISEE-2026-12345A789-00' };

  it('compila valore, scadenza e protocollo', () => {
    const out = iseeBlock.compile(nodeOf(iseeBlock), testContext());
    expect(out.schema).toMatchObject({ type: 'object', required: ['value', 'expiry', 'protocol'] });
    expect(out.uiSchema).toMatchObject({ 'ui:order': ['value', 'expiry', 'protocol'], 'ui:description': 'ISEE ordinario' });
    expect(failingKeywords(out.schema!, valid)).toEqual([]);
    expect(failingKeywords(out.schema!, { ...valid, value: -1 })).toEqual(['minimum']);
    expect(failingKeywords(out.schema!, { ...valid, protocol: 'ABC' })).toEqual(['format']);
  });

  it('può chiedere solo il valore', () => {
    const out = iseeBlock.compile(nodeOf(iseeBlock, { askExpiry: false, askProtocol: false }), testContext());
    expect(Object.keys(out.schema!.properties as object)).toEqual(['value']);
  });

  it('la verifica INPS è tecnica', () => {
    expect(iseeBlock.technicalProps).toEqual(['inpsCheck']);
    expect(iseeBlock.compile(nodeOf(iseeBlock, { inpsCheck: true }), testContext()).schema!['x-inps-check']).toBe(true);
  });

  it('riassume il tipo di ISEE', () => {
    expect(iseeBlock.summary!(nodeOf(iseeBlock, { kind: 'minorenni' }))).toBe('ISEE per prestazioni rivolte a minorenni');
  });
});
