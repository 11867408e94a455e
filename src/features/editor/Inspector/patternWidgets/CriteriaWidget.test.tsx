// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { iscrizioneAsiloNido } from '../../../../../scripts/templates/iscrizioneAsiloNido';
import { openInspector } from './testing';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

type Criterion = { id: string; label: string; points: unknown };

async function openCriteria() {
  const editor = openInspector(iscrizioneAsiloNido(), 'nido-n-graduatoria');
  const group = await screen.findByRole('group', { name: 'Criteri di punteggio' }, { timeout: 10_000 });
  const criteria = () => editor.node().props.criteria as Criterion[];
  return { ...editor, group, criteria };
}

describe('Criteri di punteggio', () => {
  it('shows each criterion with its points in words', async () => {
    const { group } = await openCriteria();
    expect(within(group).getByLabelText('Criterio 9')).toHaveValue('Lavoro dei genitori: 20 punti se stabile, 10 se occasionale, per genitore');
    expect(within(group).getAllByText(/^Punti:/)).toHaveLength(9);
    expect(within(group).getAllByText(/^Punti:/)[0].parentElement).toHaveTextContent(/allora 1\.000, altrimenti 0/);
  });

  it('adds a criterion whose points come from a formula, one change per action', async () => {
    const user = userEvent.setup();
    const { group, criteria, changes, undo } = await openCriteria();
    await user.click(within(group).getByRole('button', { name: 'Aggiungi un criterio' }));
    expect(changes()).toBe(1);
    expect(criteria()).toHaveLength(10);
    expect(criteria()[9]).toEqual({ id: 'criterio_10', label: 'Nuovo criterio', points: 0 });
    // The new criterion's name has the focus, its formula is open.
    const name = within(group).getByLabelText('Criterio 10');
    expect(name).toHaveFocus();
    const formula = within(group).getByRole('group', { name: 'Punti del criterio 10' });

    await user.clear(name);
    await user.type(name, 'Residenza a Bologna da almeno un anno');
    // 15 points for each sibling attending the same nursery: the field times 15.
    await user.selectOptions(within(formula).getByLabelText('Tipo (Punti del criterio 10)'), 'binary');
    const first = within(formula).getByRole('group', { name: /^Primo termine/ });
    await user.selectOptions(within(first).getByLabelText(/^Tipo/), 'field');
    await user.selectOptions(within(first).getByLabelText(/^Campo \(Primo termine/), 'fratelli_disabili');
    expect(criteria()[9].label).toBe('Residenza a Bologna da almeno un anno');
    expect(criteria()[9].id).toBe('criterio_10');
    expect(JSON.stringify(criteria()[9].points)).toContain('{"var":"fratelli_disabili"}');
    // Undo takes back the whole new criterion step by step, never half a name.
    undo();
    expect(JSON.stringify(criteria()[9]?.points)).not.toContain('fratelli_disabili');
  });

  it('moves a criterion without touching its id, and keeps the focus on the arrow', async () => {
    const user = userEvent.setup();
    const { group, criteria, changes } = await openCriteria();
    const ids = criteria().map((c) => c.id);
    const up = within(group).getByRole('button', { name: /^Sposta su «Un solo genitore/ });
    await user.click(up);
    expect(changes()).toBe(1);
    expect(criteria().map((c) => c.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    // At the top "su" is disabled: the focus goes to "giù" of the same criterion.
    expect(within(group).getByRole('button', { name: /^Sposta giù «Un solo genitore/ })).toHaveFocus();
  });

  it('removes a criterion in one step and says when a name is missing', async () => {
    const user = userEvent.setup();
    const { group, criteria, changes } = await openCriteria();
    await user.click(within(group).getByRole('button', { name: /^Elimina «Gemello/ }));
    expect(changes()).toBe(1);
    expect(criteria().map((c) => c.id)).not.toContain('gemello');
    await user.clear(within(group).getByLabelText('Criterio 1'));
    expect(within(group).getByText(/Scrivi il nome del criterio/)).toBeInTheDocument();
    expect(within(group).getByLabelText('Criterio 1')).toHaveAttribute('aria-invalid', 'true');
  });
});
