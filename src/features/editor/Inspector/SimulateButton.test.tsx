// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bonusAlimentare } from '../../../../scripts/templates/bonusAlimentare';
import { iscrizioneAsiloNido } from '../../../../scripts/templates/iscrizioneAsiloNido';
import { prenotazioneAnagrafe } from '../../../../scripts/templates/prenotazioneAnagrafe';
import { openInspector } from './patternWidgets/testing';

vi.setConfig({ testTimeout: 20_000 });
afterEach(cleanup);

describe('Simula', () => {
  it('opens the ranking simulator for a "Graduatoria", and gives the focus back on close', async () => {
    const user = userEvent.setup();
    const { panel } = openInspector(iscrizioneAsiloNido(), 'nido-n-graduatoria');
    const button = within(panel).getByRole('button', { name: 'Simula' });
    expect(button).toHaveAccessibleDescription(/graduatoria/);
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Simula la graduatoria' }, { timeout: 10_000 });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('opens the budget simulator for a "Beneficio economico"', async () => {
    const user = userEvent.setup();
    const { panel } = openInspector(bonusAlimentare(), 'bonus-n-beneficio');
    await user.click(within(panel).getByRole('button', { name: 'Simula' }));
    expect(await screen.findByRole('dialog', { name: 'Simula il budget' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('is not offered where the registry names no simulator', () => {
    const { panel } = openInspector(prenotazioneAnagrafe(), 'anagrafe-n-appuntamento');
    expect(within(panel).getByRole('heading', { name: 'Prenotazione appuntamento' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Simula' })).not.toBeInTheDocument();
  });
});
