// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prenotazioneAnagrafe } from '../../../../../scripts/templates/prenotazioneAnagrafe';
import { openInspector } from './testing';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

type Period = { from: string; to: string; reason?: string };

async function openClosures() {
  const editor = openInspector(prenotazioneAnagrafe(), 'anagrafe-n-appuntamento');
  const group = await screen.findByRole('group', { name: 'Periodi di chiusura' }, { timeout: 10_000 });
  const periods = () => editor.node().props.closingPeriods as Period[];
  return { ...editor, group, periods };
}

describe('Periodi di chiusura', () => {
  it('shows each closure with its dates and reason', async () => {
    const { group } = await openClosures();
    const summer = within(group).getByRole('group', { name: 'Chiusura estiva dello sportello CIE' });
    expect(within(summer).getByLabelText('Dal')).toHaveValue('2027-08-16');
    expect(within(summer).getByLabelText('Al')).toHaveValue('2027-08-20');
  });

  it('adds a closure starting today, then edits it: one change per action', async () => {
    vi.useFakeTimers({ now: new Date('2027-07-30T22:30:00Z'), shouldAdvanceTime: true }); // already 31 July in Rome
    try {
      const user = userEvent.setup();
      const { group, periods, changes } = await openClosures();
      await user.click(within(group).getByRole('button', { name: 'Aggiungi una chiusura' }));
      expect(changes()).toBe(1);
      expect(periods()[3]).toEqual({ from: '2027-07-31', to: '2027-07-31' });
      const item = within(group).getByRole('group', { name: 'Chiusura 4' });
      expect(within(item).getByLabelText('Dal')).toHaveFocus();
      fireEvent.change(within(item).getByLabelText('Al'), { target: { value: '2027-08-02' } });
      await user.type(within(item).getByLabelText('Motivo (facoltativo)'), 'Inventario');
      expect(periods()[3]).toEqual({ from: '2027-07-31', to: '2027-08-02', reason: 'Inventario' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when a closure ends before it starts, and removes one in a step', async () => {
    const user = userEvent.setup();
    const { group, periods, changes } = await openClosures();
    const summer = within(group).getByRole('group', { name: 'Chiusura estiva dello sportello CIE' });
    fireEvent.change(within(summer).getByLabelText('Al'), { target: { value: '2027-08-10' } });
    expect(within(summer).getByText('La data finale precede quella iniziale')).toBeInTheDocument();
    expect(within(summer).getByLabelText('Dal')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summer).getByRole('button', { name: 'Elimina «Chiusura estiva dello sportello CIE»' }));
    expect(periods()).toHaveLength(2);
    expect(changes()).toBe(2);
  });
});
