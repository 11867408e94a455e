// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prenotazioneAnagrafe } from '../../../../../scripts/templates/prenotazioneAnagrafe';
import { openInspector } from './testing';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

async function openPatron() {
  const editor = openInspector(prenotazioneAnagrafe(), 'anagrafe-n-appuntamento');
  const group = await screen.findByRole('group', { name: 'Festa del santo patrono' }, { timeout: 10_000 });
  return { ...editor, group, patron: () => editor.node().props.patronDay };
}

describe('Festa del santo patrono', () => {
  it('shows the stored MM-DD as day and month', async () => {
    const { group } = await openPatron();
    expect(within(group).getByLabelText('Giorno')).toHaveValue('24');
    expect(within(group).getByLabelText('Mese')).toHaveValue('06');
    expect(within(within(group).getByLabelText('Mese')).getByRole('option', { name: 'giugno', selected: true })).toBeInTheDocument();
  });

  it('stores a new day in one change, refuses a day the month lacks, and clears', async () => {
    const user = userEvent.setup();
    const { group, patron, changes } = await openPatron();
    await user.selectOptions(within(group).getByLabelText('Mese'), '11');
    await user.selectOptions(within(group).getByLabelText('Giorno'), '10');
    expect(patron()).toBe('11-10');
    expect(changes()).toBe(2);

    await user.selectOptions(within(group).getByLabelText('Giorno'), '31');
    expect(within(group).getByText('Il 31 novembre non esiste.')).toBeInTheDocument();
    expect(patron()).toBe('11-10');

    await user.selectOptions(within(group).getByLabelText('Giorno'), '');
    expect(patron()).toBeUndefined();
    expect(within(group).getByText('Scegli sia il giorno sia il mese.')).toBeInTheDocument();
  });
});
