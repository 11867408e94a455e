// @vitest-environment jsdom
/**
 * The patterns' own citizen steps in the preview's journey: the booking's
 * slot picker (grouped by day, one radio group, names a screen reader reads
 * in full), the summary's pattern boxes, the simulated pagoPA checkout before
 * submission, and the receipt with the appointment and the payment receipt.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { bookingBlock } from '../../../blocks/booking/definition';
import { paymentBlock } from '../../../blocks/payment/definition';
import { createBlankService } from '../../../model/factory';
import type { ServiceDefinition } from '../../../model/types';
import { JourneyHarness } from '../testing/JourneyHarness';

afterEach(() => cleanup());

// Thursday 26 November 2026, 10:00 in Rome.
const now = new Date('2026-11-26T09:00:00Z');

/** "Carta d'identità": an appointment at the Anagrafe (Tuesday and Thursday mornings, 20 minutes, 2 per slot) and 22,21 € of CIE fees paid before submitting. */
function cartaIdentita(): ServiceDefinition {
  const def = createBlankService('Carta d’identità elettronica', new Date('2026-11-01T09:00:00Z'), () => 'cie');
  def.status = 'published';
  def.card.max_response_days = 6;
  def.steps[0].title = 'Giorno e ora';
  def.steps[0].nodes = [
    {
      id: 'n-appuntamento',
      type: 'booking',
      key: 'appuntamento',
      props: {
        ...bookingBlock.defaultProps(),
        label: 'Appuntamento all’Anagrafe',
        offices: [{ id: 'anagrafe', name: 'Ufficio Anagrafe', address: 'Piazza della Repubblica 1' }],
        openingHours: [
          { weekday: 2, ranges: [{ from: '09:00', to: '10:00' }] },
          { weekday: 4, ranges: [{ from: '09:00', to: '10:00' }] },
        ],
        slotMinutes: 20,
        capacityPerSlot: 2,
        closingPeriods: [{ from: '2026-12-24', to: '2026-12-24', reason: 'Vigilia di Natale: sportello chiuso' }],
        windowDays: 30,
        minNoticeHours: 24,
        cancellationLimitDays: 1,
      },
    },
    {
      id: 'n-diritti',
      type: 'payment',
      key: 'diritti',
      props: { ...paymentBlock.defaultProps(), label: 'Diritti per la carta d’identità', mode: 'before_submission', amount: 22.21, reason: 'Corrispettivo CIE e diritti di segreteria' },
    },
  ];
  return def;
}

function Harness({ definition, at = now }: { definition: ServiceDefinition; at?: Date }) {
  return <JourneyHarness definition={definition} now={at} municipality="Comune di Borgo Esempio" />;
}

async function toFirstStep(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Accedi al servizio' }));
  await user.click(screen.getByRole('button', { name: 'Entra con SPID' }));
  await user.click(screen.getByRole('button', { name: 'Inizia la domanda' }));
}

describe('the patterns’ own steps', () => {
  it('the slot picker groups the free slots by day, reads each in full, and answers { officeId, start }', async () => {
    const user = userEvent.setup();
    render(<Harness definition={cartaIdentita()} />);
    await toFirstStep(user);

    // 24 hours of notice: Thursday 26 is gone; Tuesday 1 December is the first day, then Thursday 3.
    const days = screen.getAllByRole('group').filter((g) => g.classList.contains('slot-day'));
    expect(days.map((d) => within(d).getAllByRole('radio').length)).toEqual([3, 3, 3, 3]);
    expect(days[0]).toHaveAccessibleName('martedì 1 dicembre 2026');
    expect(days[1]).toHaveAccessibleName('giovedì 3 dicembre 2026');
    const slot = screen.getByRole('radio', { name: 'martedì 1 dicembre 2026, 09:20, 2 posti liberi' });

    // Nothing chosen: going on names the missing answer.
    await user.click(screen.getByRole('button', { name: 'Vai al riepilogo' }));
    expect(screen.getByTestId('slot-picker')).toHaveTextContent('è obbligatorio');

    await user.click(slot);
    expect(slot).toBeChecked();
    expect(screen.getByTestId('slot-chosen')).toHaveTextContent('Hai scelto: martedì 1 dicembre 2026, 09:20');
    expect(screen.getByTestId('slot-chosen')).toHaveTextContent('Puoi annullare entro lunedì 30 novembre 2026.');
    // One radio group: the arrow keys move through the slots.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'martedì 1 dicembre 2026, 09:40, 2 posti liberi' })).toBeChecked();

    // Four days a page; the closure of 24 December shows on its page.
    await user.click(screen.getByRole('button', { name: 'Giorni successivi' }));
    await user.click(screen.getByRole('button', { name: 'Giorni successivi' }));
    expect(screen.getByText('giovedì 24 dicembre 2026: Vigilia di Natale: sportello chiuso')).toBeInTheDocument();
  });

  it('the summary shows the appointment; the fee is paid in the simulated pagoPA checkout; the receipt has both', async () => {
    const user = userEvent.setup();
    render(<Harness definition={cartaIdentita()} />);
    await toFirstStep(user);
    // The payment's live slot on the step shows the amount.
    expect(within(screen.getByTestId('mattoncini-pattern')).getByTestId('pattern-headline')).toHaveTextContent('Importo da pagare: 22,21 €');
    await user.click(screen.getByRole('radio', { name: 'giovedì 3 dicembre 2026, 09:00, 2 posti liberi' }));
    await user.click(screen.getByRole('button', { name: 'Vai al riepilogo' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Riepilogo' })).toBeInTheDocument();
    const appointment = screen.getByTestId('summary-pattern-appuntamento');
    expect(appointment).toHaveTextContent('Data e ora: giovedì 3 dicembre 2026, 09:00');
    expect(appointment).toHaveTextContent('Puoi annullare entro mercoledì 2 dicembre 2026');
    expect(screen.getByRole('button', { name: 'Invia la domanda' })).toBeDisabled();
    expect(screen.getByText('Per inviare la domanda completa prima il pagamento con pagoPA.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Paga con pagoPA' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Paga con pagoPA' })).toHaveFocus();
    expect(screen.getByTestId('checkout-amount')).toHaveTextContent('22,21 €');
    const code = screen.getByTestId('checkout-notice-code').textContent!.replace(/\s/g, '');
    expect(code).toMatch(/^301\d{15}$/);
    await user.clear(screen.getByLabelText('Numero della carta'));
    await user.click(screen.getByRole('button', { name: 'Paga 23,01\u00a0€' }));
    expect(screen.getByText(/Completa i dati della carta/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Numero della carta'), '4242424242424242');
    await user.click(screen.getByRole('radio', { name: 'Banca Esempio, commissione 1,00\u00a0€' }));
    await user.click(screen.getByRole('button', { name: 'Paga 23,21\u00a0€' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Pagamento riuscito' })).toHaveFocus();
    expect(screen.getByTestId('payment-iuv')).toHaveTextContent(code.slice(3));
    await user.click(screen.getByRole('button', { name: 'Torna al servizio' }));
    expect(screen.getByTestId('summary-payment-diritti')).toHaveTextContent('Pagato');
    await user.click(screen.getByRole('button', { name: 'Invia la domanda' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Domanda inviata' })).toBeInTheDocument();
    expect(screen.getByTestId('receipt-pattern-appuntamento')).toHaveTextContent('Data e ora: giovedì 3 dicembre 2026, 09:00');
    expect(screen.getByTestId('receipt-pattern-appuntamento')).toHaveTextContent('Piazza della Repubblica 1');
    const payment = screen.getByTestId('payment-receipt');
    expect(within(payment).getByTestId('payment-amount')).toHaveTextContent('22,21 €');
    expect(within(payment).getByTestId('payment-date')).toHaveTextContent('giovedì 26 novembre 2026, 10:00');
    expect(payment).toHaveTextContent('Banca Esempio');
  });

  it('a slot that is no longer free (the «as of» moved past it) must be changed before submitting', async () => {
    const user = userEvent.setup();
    const def = cartaIdentita();
    // Without the payment, to see the slot alone.
    def.steps[0].nodes = def.steps[0].nodes.filter((n) => n.type === 'booking');
    const { rerender } = render(<Harness definition={def} />);
    await toFirstStep(user);
    await user.click(screen.getByRole('radio', { name: 'martedì 1 dicembre 2026, 09:00, 2 posti liberi' }));
    await user.click(screen.getByRole('button', { name: 'Vai al riepilogo' }));
    expect(screen.getByRole('button', { name: 'Invia la domanda' })).toBeEnabled();
    rerender(<Harness definition={def} at={new Date('2026-12-01T09:00:00Z')} />);
    expect(screen.getByTestId('summary-pattern-warnings')).toHaveTextContent(
      'Appuntamento all’Anagrafe: L’orario scelto non è più disponibile: scegline un altro.',
    );
    expect(screen.getByRole('button', { name: 'Invia la domanda' })).toBeDisabled();
  });

  it('with several offices the citizen picks the office first, then one of its slots', async () => {
    const user = userEvent.setup();
    const def = cartaIdentita();
    def.steps[0].nodes = def.steps[0].nodes.filter((n) => n.type === 'booking');
    def.steps[0].nodes[0].props.offices = [
      { id: 'centro', name: 'Anagrafe centrale', address: 'Piazza della Repubblica 1' },
      { id: 'marina', name: 'Delegazione di Marina', address: 'Via del Porto 12' },
    ];
    render(<Harness definition={def} />);
    await toFirstStep(user);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    await user.selectOptions(screen.getByLabelText('Ufficio'), 'Delegazione di Marina — Via del Porto 12');
    await user.click(screen.getByRole('radio', { name: 'giovedì 3 dicembre 2026, 09:40, 2 posti liberi' }));
    expect(screen.getByTestId('slot-chosen')).toHaveTextContent('Ufficio: Delegazione di Marina, Via del Porto 12');
    await user.click(screen.getByRole('button', { name: 'Vai al riepilogo' }));
    expect(screen.getByTestId('summary-pattern-appuntamento')).toHaveTextContent('UfficioDelegazione di Marina');
    expect(screen.getByTestId('summary-pattern-appuntamento')).toHaveTextContent('Via del Porto 12');
  });
});
