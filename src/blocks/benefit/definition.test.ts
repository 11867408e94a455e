// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderStep } from '../../test/rjsf';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { flowOf } from '../testing/patterns';
import { benefitBlock } from './definition';

describeBlockContract(benefitBlock);

const byIban = () => nodeOf(benefitBlock, { label: 'Contributo affitto', payout: 'iban' }, 'contributo');

describe('beneficio economico', () => {
  it('voucher: uno spazio di sola lettura con la spiegazione e il tetto', () => {
    const out = benefitBlock.compile(nodeOf(benefitBlock), testContext());
    expect(out.required).toBe(false);
    expect(out.schema).toMatchObject({ type: 'null', 'x-pattern': 'benefit' });
    const markdown = (out.uiSchema['ui:options'] as { markdown: string }).markdown;
    expect(markdown).toContain('Il buono vale **150 €** per una persona sola');
    expect(markdown).toContain('Importo massimo: 400,00\u00a0€.');
    expect(markdown).toContain('L’importo sarà riconosciuto come buono (voucher).');
  });

  it('IBAN: il campo IBAN arriva con il blocco, con formato e messaggi del tipo IBAN', () => {
    const out = benefitBlock.compile(byIban(), testContext());
    expect(out.required).toBe(true);
    expect(out.schema).toMatchObject({ type: 'object', required: ['iban'] });
    const iban = (out.schema!.properties as Record<string, Record<string, unknown>>).iban;
    expect(iban).toMatchObject({ type: 'string', format: 'iban-it', title: 'IBAN del conto per l’accredito' });
    expect(iban['x-messages']).toMatchObject({
      format: '«IBAN del conto per l’accredito» non valido: serve un IBAN italiano di 27 caratteri che inizia con IT',
    });
    expect(failingKeywords(out.schema!, { iban: 'IT60X0542811101000000123456' })).toEqual([]);
    expect(failingKeywords(out.schema!, { iban: 'DE89370400440532013000' })).toEqual(['format']);
  });

  it('riassume formula, tetto e modalità con le parole delle regole', () => {
    expect(benefitBlock.summary!(nodeOf(benefitBlock))).toBe('150 + 50 × (numero di «nucleo» − 1), max 400,00\u00a0€ · voucher');
    expect(benefitBlock.summary!(nodeOf(benefitBlock, { amount: 100, cap: undefined, payout: 'iban' }))).toBe('100 · accredito su IBAN');
  });

  it('la formula dell’importo è indicata per la verifica', () => {
    expect(benefitBlock.rules!(nodeOf(benefitBlock))).toEqual([{ path: '/props/amount', rule: benefitBlock.defaultProps().amount }]);
  });

  it('con @rjsf/core: IBAN sbagliato segnalato in italiano, poi corretto', async () => {
    const r = renderStep(flowOf(byIban()), 0);
    expect(screen.getByTestId('mattoncini-pattern')).toHaveTextContent('sarà accreditato sul conto corrente');
    const field = screen.getByLabelText(/^IBAN del conto per l’accredito/);
    await r.user.click(field);
    await r.user.paste('IT60X0542811101000000123457');
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    const errors = screen.getByText('Da correggere').closest('.errors') as HTMLElement;
    expect(within(errors).getByText('«IBAN del conto per l’accredito» non valido: serve un IBAN italiano di 27 caratteri che inizia con IT')).toBeInTheDocument();

    await r.user.clear(field);
    await r.user.paste('IT60 X054 2811 1010 0000 0123 456');
    await r.submit();
    expect(r.onSubmit).toHaveBeenCalledTimes(1);
    expect(r.submitted()).toEqual({ contributo: { iban: 'IT60 X054 2811 1010 0000 0123 456' } });
  });
});
