import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { consentBlock } from './definition';

describeBlockContract(consentBlock);

describe('consenso privacy', () => {
  it('obbligatorio: la casella deve essere spuntata (false non basta)', () => {
    const out = consentBlock.compile(nodeOf(consentBlock), testContext());
    expect(out.required).toBe(true);
    expect(failingKeywords(out.schema!, true)).toEqual([]);
    expect(failingKeywords(out.schema!, false)).toEqual(['not']);
    // Never a const: rjsf would tick the box on the citizen's behalf.
    expect(out.schema).not.toHaveProperty('const');
    expect(out.schema).not.toHaveProperty('default');
    expect((out.schema!['x-messages'] as Record<string, string>).not).toBe(
      'Per proseguire devi accettare «Ho letto l’informativa sul trattamento dei dati personali»',
    );
  });

  it('mostra l’informativa come markdown sicuro di rjsf', () => {
    const out = consentBlock.compile(nodeOf(consentBlock, { privacyText: 'Leggi **con attenzione**' }), testContext());
    expect(out.uiSchema).toEqual({ 'ui:description': 'Leggi **con attenzione**', 'ui:enableMarkdownInDescription': true });
  });

  it('facoltativo: nessun vincolo', () => {
    const out = consentBlock.compile(nodeOf(consentBlock, { required: false, label: 'Voglio ricevere la newsletter' }), testContext());
    expect(out.required).toBe(false);
    expect(failingKeywords(out.schema!, false)).toEqual([]);
  });

  it('registra la versione dell’informativa (proprietà tecnica)', () => {
    expect(consentBlock.technicalProps).toEqual(['policyVersion']);
    const out = consentBlock.compile(nodeOf(consentBlock, { policyVersion: '2026-01' }), testContext());
    expect(out.schema!['x-policy-version']).toBe('2026-01');
  });

  it('crea nodi con una chiave breve', () => {
    expect(consentBlock.defaultKey).toBe('consenso_privacy');
  });
});
