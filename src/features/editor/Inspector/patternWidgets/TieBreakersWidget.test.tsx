// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { iscrizioneAsiloNido } from '../../../../../scripts/templates/iscrizioneAsiloNido';
import { openInspector } from './testing';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

type Tie = { kind: string; field?: string; label: string };

async function openTies() {
  const editor = openInspector(iscrizioneAsiloNido(), 'nido-n-graduatoria');
  const group = await screen.findByRole('group', { name: 'A parità di punteggio' }, { timeout: 10_000 });
  const ties = () => editor.node().props.tieBreakers as Tie[];
  return { ...editor, group, ties };
}

describe('A parità di punteggio', () => {
  it('shows the rules in order, the ISEE picked by its dotted path from the field catalog', async () => {
    const { group } = await openTies();
    expect(within(group).getByLabelText('Regola 1')).toHaveValue('answer-asc');
    expect(within(within(group).getByLabelText('Regola 1')).getByRole('option', { name: 'Risposta più bassa prima (es. ISEE)', selected: true })).toBeInTheDocument();
    const fields = within(group).getAllByLabelText('Campo da confrontare');
    expect(fields.map((f) => (f as HTMLSelectElement).value)).toEqual(['isee.value', 'bambino.data_nascita']);
    expect(within(fields[0]).getByRole('option', { name: 'Valore ISEE', selected: true })).toBeInTheDocument();
    expect(within(group).getByLabelText('Regola 3')).toHaveValue('submitted-asc');
  });

  it('reorders: the child’s age before the ISEE, in one change', async () => {
    const user = userEvent.setup();
    const { group, ties, changes } = await openTies();
    await user.click(within(group).getByRole('button', { name: 'Sposta su «Bambina o bambino più grande»' }));
    expect(changes()).toBe(1);
    expect(ties().map((t) => t.label)).toEqual(['Bambina o bambino più grande', 'ISEE più basso', 'Domanda presentata prima']);
    expect(within(group).getByRole('button', { name: 'Sposta giù «Bambina o bambino più grande»' })).toHaveFocus();
  });

  it('asks for the field a new rule compares, and writes the citizen’s sentence', async () => {
    const user = userEvent.setup();
    const { group, ties, changes } = await openTies();
    await user.click(within(group).getByRole('button', { name: 'Aggiungi una regola' }));
    expect(changes()).toBe(1);
    expect(ties()[3]).toEqual({ kind: 'submitted-asc', label: 'Domanda presentata prima' });
    const kind = within(group).getByLabelText('Regola 4');
    expect(kind).toHaveFocus();

    await user.selectOptions(kind, 'criterion-desc');
    expect(changes()).toBe(2);
    expect(within(group).getByText(/Scegli il criterio da confrontare/)).toBeInTheDocument();
    const criterion = within(group).getByLabelText('Criterio da confrontare');
    await user.selectOptions(criterion, 'lavoro');
    expect(changes()).toBe(3);
    expect(ties()[3]).toEqual({ kind: 'criterion-desc', field: 'lavoro', label: 'Più punti in «Lavoro dei genitori: 20 punti se stabile, 10 se occasionale, per genitore»' });
    expect(within(group).queryByText(/Scegli il criterio/)).not.toBeInTheDocument();
  });

  it('keeps a sentence the official wrote when the rule changes direction', async () => {
    const user = userEvent.setup();
    const { group, ties } = await openTies();
    await user.selectOptions(within(group).getByLabelText('Regola 1'), 'answer-desc');
    expect(ties()[0]).toEqual({ kind: 'answer-desc', field: 'isee.value', label: 'ISEE più basso' });
    await user.selectOptions(within(group).getByLabelText('Regola 1'), 'submitted-asc');
    expect(ties()[0]).toEqual({ kind: 'submitted-asc', label: 'ISEE più basso' });
    expect(within(group).queryAllByLabelText('Campo da confrontare')).toHaveLength(1);
  });
});
