// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prenotazioneAnagrafe } from '../../../../../scripts/templates/prenotazioneAnagrafe';
import { openInspector } from './testing';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

type Day = { weekday: number; ranges: Array<{ from: string; to: string }> };

async function openHours() {
  const editor = openInspector(prenotazioneAnagrafe(), 'anagrafe-n-appuntamento');
  const group = await screen.findByRole('group', { name: 'Orari di apertura' }, { timeout: 10_000 });
  const hours = () => editor.node().props.openingHours as Day[];
  const day = (name: string) => within(group).getByRole('group', { name });
  return { ...editor, group, hours, day };
}

describe('Orari di apertura', () => {
  it('shows the seven weekdays, Monday first, closed ones as such', async () => {
    const { group, day } = await openHours();
    const names = within(group)
      .getAllByRole('group')
      .map((g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent);
    expect(names).toEqual(['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica']);
    expect(within(day('Martedì')).getByLabelText('Martedì, fascia 1: dalle')).toHaveValue('08:30');
    expect(within(day('Martedì')).getByLabelText('Martedì, fascia 1: alle')).toHaveValue('15:30');
    expect(within(day('Sabato')).getByText('Chiuso')).toBeInTheDocument();
  });

  it('changes Tuesday’s closing time as one undo step, storing only whole times', async () => {
    const user = userEvent.setup();
    const { day, hours, undo } = await openHours();
    const to = within(day('Martedì')).getByLabelText('Martedì, fascia 1: alle');
    await user.clear(to);
    await user.type(to, '13:00');
    await user.tab();
    expect(hours().find((d) => d.weekday === 2)?.ranges).toEqual([{ from: '08:30', to: '13:00' }]);
    undo();
    expect(hours().find((d) => d.weekday === 2)?.ranges).toEqual([{ from: '08:30', to: '15:30' }]);
    expect(to).toHaveValue('15:30');
  });

  it('says inline when a range starts after it ends, or a time is not a time', async () => {
    const user = userEvent.setup();
    const { day, hours } = await openHours();
    const monday = day('Lunedì');
    const from = within(monday).getByLabelText('Lunedì, fascia 1: dalle');
    await user.clear(from);
    await user.type(from, '13:00');
    expect(within(monday).getByText('L’inizio (13:00) deve precedere la fine (12:30)')).toBeInTheDocument();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription('L’inizio (13:00) deve precedere la fine (12:30)');

    await user.clear(from);
    await user.type(from, '8:3');
    await user.tab();
    expect(within(monday).getByText('Scrivi l’ora come 08:30')).toBeInTheDocument();
    // The half-typed time never reached the document.
    expect(hours()[0].ranges[0].from).toBe('13:00');
  });

  it('adds and removes ranges: a second one in the afternoon, Saturday opened and closed again', async () => {
    const user = userEvent.setup();
    const { day, hours, changes } = await openHours();
    await user.click(within(day('Lunedì')).getByRole('button', { name: 'Aggiungi una fascia a Lunedì' }));
    expect(changes()).toBe(1);
    expect(hours()[0].ranges).toEqual([{ from: '08:30', to: '12:30' }, { from: '13:30', to: '16:30' }]);
    expect(within(day('Lunedì')).getByLabelText('Lunedì, fascia 2: dalle')).toHaveFocus();

    await user.click(within(day('Sabato')).getByRole('button', { name: 'Aggiungi una fascia a Sabato' }));
    expect(hours().map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hours()[5].ranges).toEqual([{ from: '09:00', to: '12:00' }]);
    await user.click(within(day('Sabato')).getByRole('button', { name: 'Elimina la fascia 1 di Sabato' }));
    expect(hours().map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(changes()).toBe(3);
  });

  it('flags overlapping ranges and copies Monday to the other weekdays in one step', async () => {
    const user = userEvent.setup();
    const { group, day, hours, changes } = await openHours();
    await user.click(within(day('Lunedì')).getByRole('button', { name: 'Aggiungi una fascia a Lunedì' }));
    const from2 = within(day('Lunedì')).getByLabelText('Lunedì, fascia 2: dalle');
    await user.clear(from2);
    await user.type(from2, '12:00');
    expect(within(day('Lunedì')).getByText('Si sovrappone alla fascia 8:30–12:30')).toBeInTheDocument();
    const before = changes();
    await user.click(within(group).getByRole('button', { name: 'Usa gli orari di lunedì da martedì a venerdì' }));
    expect(changes()).toBe(before + 1);
    expect(hours().slice(1).map((d) => d.ranges)).toEqual(new Array(4).fill(hours()[0].ranges));
  });
});
