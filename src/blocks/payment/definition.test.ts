// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noticeCodeCheckDigits } from '../../runtime/noticeCode';
import { renderStep } from '../../test/rjsf';
import { describeBlockContract, failingKeywords, nodeOf, testAjv, testContext } from '../testing/contract';
import { flowOf } from '../testing/patterns';
import { paymentBlock } from './definition';

describeBlockContract(paymentBlock);

const first16 = '3011234567890123';
const validCode = `${first16}${noticeCodeCheckDigits(first16)}`;
const wrongCheck = `${first16}${String((Number(noticeCodeCheckDigits(first16)) + 1) % 93).padStart(2, '0')}`;
const fine = () => nodeOf(paymentBlock, { mode: 'due', label: 'Pagamento della multa', reason: 'Verbale codice della strada' }, 'multa');

describe('pagamento: impostazioni', () => {
  it('la causale ha al massimo 60 caratteri, con un messaggio in italiano', () => {
    const validate = testAjv().compile(paymentBlock.propsSchema);
    expect(validate({ ...paymentBlock.defaultProps(), reason: 'x'.repeat(60) })).toBe(true);
    expect(validate({ ...paymentBlock.defaultProps(), reason: 'x'.repeat(61) })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'maxLength', instancePath: '/reason' });
    const reason = (paymentBlock.propsSchema.properties as Record<string, Record<string, unknown>>).reason;
    expect(reason['x-messages']).toMatchObject({ maxLength: 'La causale può contenere al massimo 60 caratteri (limite di pagoPA)' });
  });

  it('i codici pagoPA sono riservati al personale tecnico e passano allo schema', () => {
    expect(paymentBlock.technicalProps).toEqual(['entityTaxCode', 'taxonomyCode', 'gateway']);
    const out = paymentBlock.compile(nodeOf(paymentBlock, { entityTaxCode: '00429490151', taxonomyCode: '9/0201111SP/' }), testContext());
    expect(out.schema!['x-payment']).toEqual({
      mode: 'recurring',
      reason: 'Mensa scolastica - quota mensile',
      pagopa: { entityTaxCode: '00429490151', taxonomyCode: '9/0201111SP/' },
    });
  });

  it('la regola dell’importo è indicata per la verifica', () => {
    const rules = paymentBlock.rules!(nodeOf(paymentBlock));
    expect(rules).toHaveLength(1);
    expect(rules[0].path).toBe('/props/amount');
  });

  it('riassume quando e quanto', () => {
    expect(paymentBlock.summary!(nodeOf(paymentBlock))).toBe('9 rate mensili · importo calcolato');
    expect(paymentBlock.summary!(nodeOf(paymentBlock, { mode: 'before_submission', amount: 16 }))).toBe('prima dell’invio · 16,00\u00a0€');
    expect(paymentBlock.summary!(fine())).toBe('con codice avviso · multa a fasce');
    expect(paymentBlock.summary!(nodeOf(paymentBlock, { mode: 'after_approval', amount: 'x' }))).toBe('dopo l’approvazione · importo da impostare');
  });
});

describe('pagamento: parte del cittadino', () => {
  it('ricorrente: uno spazio di sola lettura con causale e rate', () => {
    const out = paymentBlock.compile(nodeOf(paymentBlock), testContext());
    expect(out.required).toBe(false);
    expect(out.schema).toMatchObject({ type: 'null', readOnly: true, 'x-pattern': 'payment' });
    const markdown = (out.uiSchema['ui:options'] as { markdown: string }).markdown;
    expect(markdown).toContain('L’importo sarà calcolato in base alle tue risposte.');
    expect(markdown).toContain('Causale: «Mensa scolastica \\- quota mensile».');
    expect(markdown).toContain('Il pagamento è in 9 rate mensili dal 30/9/2026 al 30/5/2027, con pagoPA.');
  });

  it('dovuto: codice avviso con controllo delle cifre e data di notifica della multa', () => {
    const out = paymentBlock.compile(fine(), testContext());
    expect(out.required).toBe(true);
    expect(out.schema).toMatchObject({ type: 'object', required: ['notice_code', 'notified_on'] });
    const code = (out.schema!.properties as Record<string, Record<string, unknown>>).notice_code;
    expect(code).toMatchObject({ type: 'string', format: 'pagopa-notice-code' });
    expect(code['x-messages']).toMatchObject({
      format: 'Il campo «Codice avviso» non è valido: servono le 18 cifre del codice avviso, controlla le ultime due (cifre di controllo)',
    });
    expect(failingKeywords(out.schema!, { notice_code: validCode, notified_on: '2026-03-02' })).toEqual([]);
    expect(failingKeywords(out.schema!, { notice_code: wrongCheck, notified_on: '2026-03-02' })).toEqual(['format']);
    const markdown = (out.uiSchema.info as { 'ui:options': { markdown: string } })['ui:options'].markdown;
    expect(markdown).toContain('entro 5 giorni dalla notifica 43,90\u00a0€; entro 60 giorni 56,50\u00a0€; oltre 60 giorni 101,00\u00a0€');
  });

  it('dovuto senza multa: solo il codice avviso', () => {
    const out = paymentBlock.compile(nodeOf(paymentBlock, { mode: 'due', fine: { enabled: false, reduced: 0, maximum: 0, notificationCosts: 0 } }), testContext());
    expect(out.schema!.required).toEqual(['notice_code']);
  });

  it('con @rjsf/core: un codice avviso con cifre di controllo sbagliate è rifiutato in italiano, quello giusto passa', async () => {
    const r = renderStep(flowOf(fine()), 0);
    expect(screen.getByTestId('mattoncini-pattern')).toHaveTextContent('Inserisci il codice avviso di 18 cifre');
    const input = screen.getByLabelText(/^Codice avviso/);
    // Pasted, as citizens copy codes from a PDF notice (and typing 18 digits one by one is slow in jsdom).
    await r.user.click(input);
    await r.user.paste(wrongCheck);
    await r.user.click(screen.getByLabelText(/^Data di notifica del verbale/));
    await r.user.paste('2026-03-02');
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    const errors = screen.getByText('Da correggere').closest('.errors') as HTMLElement;
    expect(within(errors).getByText(/«Codice avviso» non è valido: servono le 18 cifre/)).toBeInTheDocument();

    await r.user.clear(input);
    // As printed on the notice, in groups of four.
    await r.user.paste(validCode.replace(/(\d{4})(?=\d)/g, '$1 '));
    await r.submit();
    expect(r.onSubmit).toHaveBeenCalledTimes(1);
    expect(r.submitted()).toMatchObject({ multa: { notified_on: '2026-03-02' } });
  });
});
