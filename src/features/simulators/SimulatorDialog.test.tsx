// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../app/i18n';
import { SimulatorDialog } from './SimulatorDialog';
import { nidoRanking, nidoService, savonaBenefit, savonaService } from './testing/fixtures';

initI18n('it');

/** What the editor will do: a "Simula" button opening the dialog. */
function Inspector({ kind }: { kind: 'ranking' | 'budget' }) {
  const [open, setOpen] = useState(false);
  const definition = kind === 'ranking' ? nidoService() : savonaService();
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Simula</button>
      <SimulatorDialog kind={kind} open={open} onClose={() => setOpen(false)} definition={definition} node={kind === 'ranking' ? nidoRanking : savonaBenefit} />
    </>
  );
}

describe('SimulatorDialog', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('opens the ranking simulator, labelled by its title, with focus inside', async () => {
    const user = userEvent.setup();
    render(<Inspector kind="ranking" />);
    await user.click(screen.getByRole('button', { name: 'Simula' }));
    const dialog = screen.getByRole('dialog', { name: 'Simula la graduatoria' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('heading', { name: 'Simula la graduatoria' })).toHaveFocus();
    // The dialog shows one title only: the simulator's own is hidden.
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(dialog).toHaveTextContent('Posti disponibili: 3');
  });

  it('picks the budget simulator by kind', async () => {
    const user = userEvent.setup();
    render(<Inspector kind="budget" />);
    await user.click(screen.getByRole('button', { name: 'Simula' }));
    expect(screen.getByRole('dialog', { name: 'Simula il budget' })).toHaveTextContent('Tetto per domanda: 400,00');
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Inspector kind="ranking" />);
    const opener = screen.getByRole('button', { name: 'Simula' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('still closes with Escape, and Tab comes back in, when the focus fell out (a button disabled while working)', async () => {
    const user = userEvent.setup();
    render(<Inspector kind="ranking" />);
    await user.click(screen.getByRole('button', { name: 'Simula' }));
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Chiudi' })).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes with its close button', async () => {
    const user = userEvent.setup();
    render(<Inspector kind="budget" />);
    await user.click(screen.getByRole('button', { name: 'Simula' }));
    await user.click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    const user = userEvent.setup();
    render(<Inspector kind="ranking" />);
    await user.click(screen.getByRole('button', { name: 'Simula' }));
    const close = screen.getByRole('button', { name: 'Chiudi' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    const last = screen.getByRole('button', { name: 'Scarica il modello CSV' });
    expect(last).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
  });
});
