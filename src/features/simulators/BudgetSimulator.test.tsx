// @vitest-environment jsdom
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../app/i18n';
import { BudgetSimulator } from './BudgetSimulator';
import { captureDownloads } from './testing/downloads';
import { savonaBenefit, savonaCsv, savonaService } from './testing/fixtures';

initI18n('it');
configure({ asyncUtilTimeout: 5000 });

const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent?.replace(/\u00a0/g, ' ');

describe('BudgetSimulator', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => {
    downloads = captureDownloads();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  async function loadSavona() {
    const user = userEvent.setup();
    render(<BudgetSimulator definition={savonaService()} node={savonaBenefit} />);
    await user.upload(screen.getByLabelText('Carica un file CSV'), new File([savonaCsv], 'buoni-spesa.csv', { type: 'text/csv' }));
    await screen.findByRole('table', { name: /Esito per domanda/ });
    return user;
  }

  it('states the benefit’s settings, with the household field found in the formula', () => {
    render(<BudgetSimulator definition={savonaService()} node={savonaBenefit} />);
    expect(screen.getByText(/Budget: 1\.000,00\s€ · Tetto per domanda: 400,00\s€ · Componenti del nucleo da: «Componenti del nucleo»/)).toBeInTheDocument();
  });

  it('Savona, €150 + €50 per further member, at most €400, €1,000: four covered, one not, one without amount', async () => {
    await loadSavona();
    expect(stat('Domande finanziate')).toBe('4');
    expect(stat('Non finanziate')).toBe('1');
    expect(stat('Senza importo')).toBe('1');
    expect(stat('Budget disponibile')).toBe('1.000,00 €');
    expect(stat('Costo totale delle domande')).toBe('1.300,00 €');
    expect(stat('Budget utilizzato')).toBe('1.000,00 €');
    expect(stat('Mancano per coprire tutti')).toBe('300,00 €');

    const rows = within(screen.getByRole('table', { name: /Esito per domanda/ })).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent?.replace(/\u00a0/g, ' ')))).toEqual([
      ['1', 'ferrari', '150,00 €', 'Finanziata'],
      ['2', 'romano', '250,00 €', 'Finanziata'],
      ['3', 'colombo', '0,00 €', 'Nessun importo'],
      ['4', 'ricci', '400,00 €', 'Finanziata'],
      ['5', 'marino', '200,00 €', 'Finanziata'],
      ['6', 'greco', '300,00 €', 'Non finanziata: budget esaurito'],
    ]);
  });

  it('gives the chart by household size a caption and a data table', async () => {
    await loadSavona();
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent(/Budget utilizzato 1\.000,00\s€ su 1\.000,00\s€ disponibili; costo di tutte le domande 1\.300,00\s€\./);
    const table = within(figure).getByRole('table', { name: 'Budget utilizzato per numero di componenti del nucleo' });
    const cells = within(table).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent?.replace(/\u00a0/g, ' ')));
    expect(cells).toEqual([
      ['1', '1', '1', '150,00 €', '150,00 €'],
      ['2', '1', '1', '200,00 €', '200,00 €'],
      ['3', '1', '1', '250,00 €', '250,00 €'],
      ['4', '1', '0', '300,00 €', '0,00 €'],
      ['6', '1', '1', '400,00 €', '400,00 €'],
    ]);
  });

  it('exports the outcomes in funding order', async () => {
    const user = await loadSavona();
    await user.click(screen.getByRole('button', { name: 'Esporta gli esiti (CSV)' }));
    expect(downloads.map((d) => d.name)).toEqual(['esiti-budget-simulato.csv']);
    expect(await downloads[0].read()).toBe(
      '\uFEFFordine;id;importo;esito\r\n1;ferrari;150;finanziata\r\n2;romano;250;finanziata\r\n3;colombo;0;nessun importo\r\n' +
        '4;ricci;400;finanziata\r\n5;marino;200;finanziata\r\n6;greco;300;non finanziata (budget esaurito)\r\n',
    );
  });

  it('offers the loaded applications back as CSV', async () => {
    const user = await loadSavona();
    await user.click(screen.getByRole('button', { name: 'Scarica le domande (CSV)' }));
    const text = await downloads[0].read();
    expect(text.split('\r\n')[0]).toBe('\uFEFFid;submittedAt;componenti_nucleo;isee.value');
    expect(text.split('\r\n')[1]).toBe('ferrari;2027-03-02T08:00:00.000Z;1;4000');
  });

  it('blocks without a budget', () => {
    render(<BudgetSimulator definition={savonaService()} node={{ type: 'benefit', props: { amount: 100 } }} />);
    expect(screen.getByText('Indicare il budget complessivo della misura (in euro).')).toBeInTheDocument();
  });
});
