// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { PISA_REQUIREMENT } from '../../rules/fixtures';
import { ConditionBuilder } from './ConditionBuilder';
import { buildFieldCatalog } from './fieldCatalog';
import { buoniSpesa } from './testing/buoniSpesa';
import { renderControlled } from './testing/renderRules';
import type { JsonLogicRule } from '../../model/types';

const fields = buildFieldCatalog(buoniSpesa());
const renderBuilder = (initial?: JsonLogicRule) =>
  renderControlled((value, onChange) => <ConditionBuilder value={value} onChange={onChange} fields={fields} label="Requisito" />, initial);
const optionTexts = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

// Whole journeys of clicks and typing: generous time when the machine is busy.
describe('ConditionBuilder', { timeout: 20_000 }, () => {
  test('builds Pisa’s requirement by clicking and typing', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderBuilder();
    expect(screen.getByText('Nessuna condizione: vale sempre')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aggiungi condizione' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Campo della condizione 1' }), 'Valore ISEE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operatore della condizione 1' }), 'è al massimo');
    const amount = screen.getByRole('textbox', { name: 'Valore della condizione 1' });
    await user.clear(amount);
    await user.type(amount, '16.500');

    await user.click(screen.getByRole('button', { name: 'Aggiungi condizione' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Campo della condizione 2' }), 'Nucleo familiare');
    // A list field offers counts; "ha almeno 1" is the starting point.
    expect(screen.getByRole('combobox', { name: 'Operatore della condizione 2' })).toHaveDisplayValue('ha almeno');
    expect(screen.getByRole('textbox', { name: 'Valore della condizione 2' })).toHaveValue('1');

    expect(last()).toEqual(PISA_REQUIREMENT);
    expect(screen.getByText('Valore ISEE è al massimo 16.500 € e Nucleo familiare ha almeno 1 elemento')).toBeInTheDocument();
  });

  test('a row without a field is not stored yet', async () => {
    const user = userEvent.setup({ delay: null });
    const { emitted } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Aggiungi condizione' }));
    expect(screen.getByText(/Scegli un campo: finché manca/)).toBeInTheDocument();
    expect(emitted).toEqual([]);
  });

  test('the operators offered follow the field’s kind', async () => {
    const user = userEvent.setup({ delay: null });
    renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Aggiungi condizione' }));
    const field = screen.getByRole('combobox', { name: 'Campo della condizione 1' });

    await user.selectOptions(field, 'Data della richiesta');
    const dateOps = optionTexts(screen.getByRole('combobox', { name: 'Operatore della condizione 1' }));
    expect(dateOps).toContain('è prima del');
    expect(dateOps).toContain("corrisponde a un'età di almeno");

    await user.selectOptions(field, 'Figli minori');
    const numberOps = optionTexts(screen.getByRole('combobox', { name: 'Operatore della condizione 1' }));
    expect(numberOps).toContain('è minore di');
    expect(numberOps).not.toContain('è prima del');

    await user.selectOptions(field, 'Residente nel Comune');
    expect(optionTexts(screen.getByRole('combobox', { name: 'Operatore della condizione 1' }))).toEqual(['è vero', 'è falso']);
    expect(screen.queryByRole('textbox', { name: 'Valore della condizione 1' })).not.toBeInTheDocument();
  });

  test('dates compare with "oggi" or a calendar date; ages in years', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Aggiungi condizione' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Campo della condizione 1' }), 'Data della richiesta');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operatore della condizione 1' }), 'è prima del');
    expect(last()).toEqual({ '<': [{ var: 'data_richiesta' }, { today: [] }] });

    await user.click(screen.getByRole('checkbox', { name: 'Oggi (condizione 1)' }));
    const date = screen.getByLabelText('Valore della condizione 1');
    await user.type(date, '2026-03-31');
    expect(last()).toEqual({ '<': [{ var: 'data_richiesta' }, '2026-03-31'] });
    expect(screen.getByText('Data della richiesta è prima del 31/03/2026')).toBeInTheDocument();
  });

  test('choices offer the field’s options; "è uno tra" ticks several', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Aggiungi condizione' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Campo della condizione 1' }), 'Tipo di abitazione');
    expect(last()).toEqual({ '==': [{ var: 'tipo_abitazione' }, 'affitto'] });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Operatore della condizione 1' }), 'è uno tra');
    const values = screen.getByRole('group', { name: 'Valori della condizione 1' });
    await user.click(within(values).getByRole('checkbox', { name: 'In comodato' }));
    await user.click(within(values).getByRole('checkbox', { name: 'In affitto' }));
    // Stored in the field's own option order.
    expect(last()).toEqual({ in: [{ var: 'tipo_abitazione' }, ['affitto', 'comodato']] });
  });

  test('nested groups: "tutte" containing "almeno una"', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Aggiungi condizione' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Campo della condizione 1' }), 'Residente nel Comune');
    await user.click(screen.getByRole('button', { name: 'Aggiungi gruppo' }));

    const group = screen.getByRole('group', { name: 'Gruppo 2' });
    expect(within(group).getByRole('combobox', { name: 'Gruppo 2: devono valere' })).toHaveDisplayValue('almeno una delle condizioni');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Campo della condizione 2.1' }), 'Figli minori');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Operatore della condizione 2.1' }), 'è almeno');
    await user.type(within(group).getByRole('textbox', { name: 'Valore della condizione 2.1' }), '{Backspace}2');
    await user.click(within(group).getByRole('button', { name: 'Aggiungi condizione a gruppo 2' }));
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Campo della condizione 2.2' }), 'Sostegni già ricevuti');

    expect(last()).toEqual({
      and: [{ '!!': [{ var: 'residente' }] }, { or: [{ '>=': [{ var: 'figli_minori' }, 2] }, { in: ['adi', { var: 'sostegni' }] }] }],
    });
    expect(
      screen.getByText('Residente nel Comune è vero e (Figli minori è almeno 2 oppure Sostegni già ricevuti contiene «adi»)'),
    ).toBeInTheDocument();

    await user.click(within(group).getByRole('button', { name: 'Rimuovi il gruppo 2' }));
    expect(last()).toEqual({ '!!': [{ var: 'residente' }] });
  });

  test('editing an existing rule loads it', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderBuilder(PISA_REQUIREMENT);
    expect(screen.getByRole('combobox', { name: 'Campo della condizione 1' })).toHaveDisplayValue('Valore ISEE');
    expect(screen.getByRole('combobox', { name: 'Operatore della condizione 1' })).toHaveDisplayValue('è al massimo');
    const amount = screen.getByRole('textbox', { name: 'Valore della condizione 1' });
    expect(amount).toHaveValue('16.500');
    expect(screen.getByRole('combobox', { name: 'Campo della condizione 2' })).toHaveDisplayValue('Nucleo familiare');
    expect(screen.getByRole('combobox', { name: 'Devono valere' })).toHaveDisplayValue('tutte le condizioni');

    await user.clear(amount);
    await user.type(amount, '9360');
    expect(last()).toEqual({ and: [{ '<=': [{ var: 'isee.value' }, 9360] }, { '>=': [{ count: [{ var: 'nucleo' }] }, 1] }] });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Devono valere' }), 'almeno una delle condizioni');
    expect(Object.keys(last() as object)).toEqual(['or']);
  });

  test('a rule the builder cannot show is read-only, in words, and can be replaced', async () => {
    const user = userEvent.setup({ delay: null });
    // "A member younger than 3": a list quantifier, beyond what rows of field-operator-value can say.
    const { last } = renderBuilder({ some: [{ var: 'nucleo' }, { '<': [{ age: [{ var: 'data_nascita' }] }, 3] }] });
    expect(screen.getByText(/scritta a mano/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(
      screen.getByText("almeno un elemento di Nucleo familiare rispetta: Data di nascita corrisponde a un'età inferiore a 3 anni"),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sostituisci con una nuova condizione' }));
    expect(last()).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Aggiungi condizione' })).toBeInTheDocument();
  });

  test('a field no longer in the service stays visible and is flagged', () => {
    renderBuilder({ '==': [{ var: 'vecchio_campo' }, 'si'] });
    expect(screen.getByRole('combobox', { name: 'Campo della condizione 1' })).toHaveDisplayValue('«vecchio_campo» (campo non trovato)');
    expect(screen.getByRole('list', { name: 'Problemi della regola' })).toHaveTextContent('«vecchio_campo», che non esiste nel servizio');
  });

  test('keyboard only: add a row, focus lands on its field, remove returns to the add button', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderBuilder();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Devono valere' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Aggiungi condizione' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('combobox', { name: 'Campo della condizione 1' });
    expect(field).toHaveFocus();

    await user.selectOptions(field, 'Figli minori');
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Operatore della condizione 1' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Valore della condizione 1' })).toHaveFocus();
    await user.keyboard('{Backspace}3');
    expect(last()).toEqual({ '==': [{ var: 'figli_minori' }, 3] });

    await user.tab();
    expect(screen.getByRole('button', { name: 'Rimuovi la condizione 1' })).toHaveFocus();
    await user.keyboard(' ');
    expect(last()).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Aggiungi condizione' })).toHaveFocus();
  });
});
