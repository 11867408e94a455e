// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../app/i18n';
import { RankingSimulator } from './RankingSimulator';
import type { SimulationRunner } from './simulationRunner';
import type { SimulationResult } from './simulationTypes';
import { captureDownloads } from './testing/downloads';
import { nidoCsv, nidoRanking, nidoService } from './testing/fixtures';

initI18n('it');
// Reading files and computing take a moment on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

const csvFile = (text: string, name = 'domande-nido.csv') => new File([text], name, { type: 'text/csv' });

async function loadCsv(text: string, name?: string) {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Carica un file CSV'), csvFile(text, name));
  return user;
}

const bodyRows = () => within(screen.getByRole('table', { name: /Graduatoria simulata/ })).getAllByRole('row').slice(1);

describe('RankingSimulator', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => {
    downloads = captureDownloads();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the block’s settings before any application is loaded', () => {
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Simula la graduatoria' })).toBeInTheDocument();
    expect(screen.getByText(/Posti disponibili: 3 · Criteri: 3 · In caso di parità: ISEE più basso, poi Domanda presentata prima/)).toBeInTheDocument();
    expect(screen.getByText(/alla data del 15\/04\/2027\./)).toBeInTheDocument();
    expect(screen.getByText(/Carica un file o genera domande di prova/)).toBeInTheDocument();
  });

  it('ranks five applications from a CSV: 3 admitted, 2 on the waiting list, the tie broken by lower ISEE', async () => {
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    await loadCsv(nidoCsv);
    expect(await screen.findByText('5 domande caricate da «domande-nido.csv».')).toBeInTheDocument();
    const rows = await screen.findAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);

    expect(bodyRows().map((r) => within(r).getAllByRole('cell').concat(within(r).getByRole('rowheader')).map((c) => c.textContent))).toEqual([
      ['1', '35', '15', '20', '0', 'Ammessa', 'esposito'],
      ['2', '25', '0', '20', '5', 'Ammessa', 'bianchi'],
      ['3', '25', '0', '20', '5', 'Ammessa', 'rossi'],
      ['4', '15', '0', '10', '5', 'Lista d’attesa n. 1', 'russo'],
      ['5', '10', '0', '10', '0', 'Lista d’attesa n. 2', 'verdi'],
    ]);
    const table = screen.getByRole('table', { name: /Graduatoria simulata/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Pos.', 'Domanda', 'Punteggio', 'Un solo genitore', 'Genitori che lavorano', 'Fratelli già iscritti', 'Esito',
    ]);

    const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(stat('Ammesse')).toBe('3');
    expect(stat('In lista d’attesa')).toBe('2');
    expect(stat('Soglia di ammissione')).toBe('25 punti');
    expect(stat('Parità da sorteggiare')).toBe('0');
    expect(screen.queryByText('Parità non risolta')).not.toBeInTheDocument();
  });

  it('accepts a dropped file, and Excel’s Windows-1252 encoding', async () => {
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    // Excel's "CSV (separato da ;)" writes Windows-1252: à and ì are single bytes (0xE0, 0xEC).
    const lines = nidoCsv.split('\r\n').map((l, i) => `${l};${i === 0 ? 'città' : 'Savona'}`);
    const bytes = Uint8Array.from(lines.join('\r\n'), (c) => c.charCodeAt(0));
    const file = new File([bytes], 'export-excel.csv', { type: 'text/csv' });
    fireEvent.drop(screen.getByTestId('sim-drop'), { dataTransfer: { files: [file] } });
    expect(await screen.findByText('5 domande caricate da «export-excel.csv».')).toBeInTheDocument();
    expect(screen.getByText(/ignorate dalle regole: città\./)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Graduatoria simulata/ })).toBeInTheDocument();
  });

  it('describes the score chart in words and in a table', async () => {
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    await loadCsv(nidoCsv);
    const figure = await screen.findByRole('figure');
    expect(within(figure).getByText(/5 domande con punteggi da 10 a 35\. Soglia di ammissione: 25 punti \(ultima domanda ammessa\); 3 ammesse\./)).toBeInTheDocument();
    const data = within(figure).getByRole('table', { name: 'Distribuzione dei punteggi' });
    const cells = within(data).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    expect(cells.filter((c) => c[1] !== '0')).toEqual([
      // 25 points of range: 2-point classes keep the chart near two dozen bars.
      ['da 10 a meno di 12', '1', '0'],
      ['da 14 a meno di 16', '1', '0'],
      ['da 24 a meno di 26', '2', '2'],
      ['da 34 a meno di 36', '1', '1'],
    ]);
    expect(figure.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('exports the ranked list as an Excel-ready CSV', async () => {
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    const user = await loadCsv(nidoCsv);
    await user.click(await screen.findByRole('button', { name: 'Esporta la graduatoria (CSV)' }));
    expect(downloads.map((d) => d.name)).toEqual(['graduatoria-simulata.csv']);
    expect(await downloads[0].read()).toBe(
      '\uFEFFposizione;id;punteggio;Un solo genitore;Genitori che lavorano;Fratelli già iscritti;esito;posizione_lista_attesa;parita_non_risolta\r\n' +
        '1;esposito;35;15;20;0;ammessa;;no\r\n' +
        '2;bianchi;25;0;20;5;ammessa;;no\r\n' +
        '3;rossi;25;0;20;5;ammessa;;no\r\n' +
        '4;russo;15;0;10;5;lista d’attesa;1;no\r\n' +
        '5;verdi;10;0;10;0;lista d’attesa;2;no\r\n',
    );
  });

  it('rejects a malformed file whole, naming the lines, and keeps what was loaded', async () => {
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    await loadCsv(nidoCsv);
    // The source is disabled while computing: wait for the result before loading again.
    await screen.findByRole('table', { name: /Graduatoria simulata/ });
    const broken = nidoCsv.replace('18.500,00', 'diciottomila').replace('verdi;01/03/2027 08:00;no;1;no;7.200', 'verdi;"01/03');
    await loadCsv(broken, 'rotto.csv');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Il file «rotto.csv» non è stato caricato');
    expect(alert).toHaveTextContent('Riga 5: virgolette aperte e mai chiuse');
    expect(alert).toHaveTextContent('nessuna domanda è stata caricata');
    expect(bodyRows()).toHaveLength(5);
  });

  it('generates applications and paginates them 50 a page', async () => {
    const user = userEvent.setup();
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    const count = screen.getByLabelText('Numero di domande di prova');
    await user.clear(count);
    await user.type(count, '120');
    await user.click(screen.getByRole('button', { name: 'Genera 120 domande di prova' }));
    expect(await screen.findByRole('table', { name: 'Graduatoria simulata: domande da 1 a 50 di 120' })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Ultima pagina' }));
    expect(screen.getByRole('table', { name: 'Graduatoria simulata: domande da 101 a 120 di 120' })).toBeInTheDocument();
    expect(bodyRows()[19]).toHaveTextContent(/^120/);
    await user.click(screen.getByRole('button', { name: 'Vai all’ultima ammessa' }));
    expect(screen.getByLabelText('Pagina')).toHaveValue(1);
  });

  it('flags a tie no tie-breaker settles', async () => {
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} />);
    await loadCsv(`${nidoCsv}\r\ngemello;01/03/2027 08:00;no;1;no;7.200`);
    const verdi = (await screen.findByRole('rowheader', { name: 'verdi' })).closest('tr') as HTMLElement;
    const twin = screen.getByRole('rowheader', { name: 'gemello' }).closest('tr') as HTMLElement;
    expect(within(verdi).getByText('Parità non risolta')).toBeInTheDocument();
    expect(within(twin).getByText('Parità non risolta')).toBeInTheDocument();
    expect(screen.getByText('Parità da sorteggiare', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2');
    expect(screen.getByText(/l’ordine va deciso \(ad esempio per sorteggio\)/)).toBeInTheDocument();
  });

  it('shows progress with a Cancel button while computing, and can cancel', async () => {
    const user = userEvent.setup();
    let report: ((done: number) => void) | undefined;
    const runner: SimulationRunner = (request, onProgress) => {
      report = (done) => onProgress({ done, total: request.applicants.length });
      return { promise: new Promise<SimulationResult>(() => undefined), cancel: () => undefined };
    };
    render(<RankingSimulator definition={nidoService()} node={nidoRanking} runner={runner} />);
    await loadCsv(nidoCsv);
    const bar = await screen.findByRole('progressbar', { name: 'Avanzamento del calcolo' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    act(() => report?.(2));
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('Calcolo in corso: 2 di 5 domande')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('Calcolo annullato.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ricalcola' })).toBeInTheDocument();
  });

  it('blocks a ranking without criteria and says why', () => {
    render(<RankingSimulator definition={nidoService()} node={{ type: 'ranking', props: { places: 3 } }} />);
    expect(screen.getByText('La graduatoria non ha ancora criteri di punteggio: aggiungerne almeno uno.')).toBeInTheDocument();
    expect(screen.getByText('Completare le impostazioni per simulare.')).toBeInTheDocument();
  });
});
