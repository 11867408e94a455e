// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { JsonLogicRule } from '../../model/types';
import { BOLOGNA_NURSERY_POINTS, MANFREDONIA_FEE, PISA_AMOUNT, SAVONA_AMOUNT } from '../../rules/fixtures';
import { buildFieldCatalog } from './fieldCatalog';
import { FormulaBuilder } from './FormulaBuilder';
import { buoniSpesa, household } from './testing/buoniSpesa';
import { renderControlled } from './testing/renderRules';

const fields = buildFieldCatalog(buoniSpesa());
const renderFormula = (label: string, sample?: Record<string, unknown>, initial?: JsonLogicRule) =>
  renderControlled(
    (value, onChange) => <FormulaBuilder value={value} onChange={onChange} fields={fields} label={label} unit="€" sample={sample} />,
    initial,
  );

/** The block named `legend` directly inside block `parent` (not a same-named block deeper down). */
function block(parent: HTMLElement, legend: string): HTMLElement {
  const found = within(parent)
    .getAllByRole('group', { name: legend })
    .find((g) => g.parentElement?.closest('fieldset.rb-node') === parent);
  if (!found) throw new Error(`nessun blocco «${legend}» dentro «${parent.querySelector('legend')?.textContent}»`);
  return found;
}
const legendOf = (el: HTMLElement) => el.querySelector('legend')?.textContent ?? '';
// A block's own controls come before its children's in document order.
const own = (el: HTMLElement, role: 'combobox' | 'textbox', name: string) => within(el).getAllByRole(role, { name: `${name} (${legendOf(el)})` })[0];

async function setType(user: UserEvent, el: HTMLElement, type: string) {
  await user.selectOptions(own(el, 'combobox', 'Tipo'), type);
}
async function setNumber(user: UserEvent, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

// Whole journeys of clicks and typing: generous time when the machine is busy.
describe('FormulaBuilder', { timeout: 20_000 }, () => {
  test('builds Savona’s "150 + 50 × (componenti − 1), al massimo 400" and shows the sample result', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderFormula('Importo del buono', { nucleo: household(9) });
    expect(screen.getByText('Nessuna formula')).toBeInTheDocument();
    const root = screen.getByRole('group', { name: 'Importo del buono' });

    await setType(user, root, 'Al massimo (il minore tra…)');
    await setNumber(user, own(block(root, 'Al massimo'), 'textbox', 'Numero'), '400');

    const value = block(root, 'Valore');
    await setType(user, value, 'Operazione (+ − × ÷)');
    await setNumber(user, own(block(value, 'Primo termine'), 'textbox', 'Numero'), '150');

    const perMember = block(value, 'Secondo termine');
    await setType(user, perMember, 'Operazione (+ − × ÷)');
    await user.selectOptions(own(perMember, 'combobox', 'Operazione'), '× per');
    await setNumber(user, own(block(perMember, 'Primo termine'), 'textbox', 'Numero'), '50');

    const others = block(perMember, 'Secondo termine');
    await setType(user, others, 'Operazione (+ − × ÷)');
    await user.selectOptions(own(others, 'combobox', 'Operazione'), '− meno');
    const members = block(others, 'Primo termine');
    await setType(user, members, 'Numero di elementi di un elenco');
    expect(own(members, 'combobox', 'Elenco')).toHaveDisplayValue('Nucleo familiare');
    await setNumber(user, own(block(others, 'Secondo termine'), 'textbox', 'Numero'), '1');

    expect(last()).toEqual(SAVONA_AMOUNT);
    expect(screen.getByText('150 + 50 × (numero di Nucleo familiare − 1), al massimo 400')).toBeInTheDocument();
    expect(screen.getByText('Con i dati di prova: 400 €')).toBeInTheDocument();
  });

  test('builds Manfredonia’s canteen fee: "se non residente 4,50, altrimenti fasce ISEE"', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderFormula('Tariffa del pasto', { residente: true, isee: { value: 7000 } });
    const root = screen.getByRole('group', { name: 'Tariffa del pasto' });
    await setType(user, root, 'Se … allora … altrimenti');

    const condition = within(root).getAllByRole('group', { name: 'Se' })[0];
    await user.click(within(condition).getByRole('button', { name: 'Aggiungi condizione' }));
    await user.selectOptions(within(condition).getByRole('combobox', { name: 'Campo della condizione 1' }), 'Residente nel Comune');
    await user.selectOptions(within(condition).getByRole('combobox', { name: 'Operatore della condizione 1' }), 'è falso');
    await setNumber(user, own(block(root, 'Allora'), 'textbox', 'Numero'), '4,50');

    const fees = block(root, 'Altrimenti');
    await setType(user, fees, 'Fasce (tabella)');
    const compared = block(fees, 'Valore da confrontare');
    await setType(user, compared, 'Valore di un campo');
    expect(own(compared, 'combobox', 'Campo')).toHaveDisplayValue('Valore ISEE');

    const table = within(fees).getByRole('group', { name: 'Fasce (Altrimenti)' });
    const rows: Array<[string, string]> = [
      ['6.000', '2'],
      ['9.360', '3,5'],
      ['15000', '4'],
    ];
    for (const [i, [bound, fee]] of rows.entries()) {
      if (i > 0) await user.click(within(table).getByRole('button', { name: 'Aggiungi fascia' }));
      await setNumber(user, within(table).getByRole('textbox', { name: `Fino a (fascia ${i + 1})` }), bound);
      await setNumber(user, own(block(fees, `Risultato della fascia ${i + 1}`), 'textbox', 'Numero'), fee);
    }
    await setNumber(user, own(block(fees, 'Oltre l’ultima fascia'), 'textbox', 'Numero'), '4,5');

    expect(last()).toEqual(MANFREDONIA_FEE);
    expect(
      screen.getByText(
        'se Residente nel Comune è falso allora 4,5, altrimenti (in base a Valore ISEE: fino a 6.000 € → 2; fino a 9.360 € → 3,5; fino a 15.000 € → 4; oltre 15.000 € → 4,5)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Con i dati di prova: 3,50 €')).toBeInTheDocument();
  });

  test('an existing bracket table loads, and editing a bound emits the new table', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderFormula('Importo del buono', { nucleo: household(4) }, PISA_AMOUNT);
    const root = screen.getByRole('group', { name: 'Importo del buono' });
    expect(own(root, 'combobox', 'Tipo')).toHaveDisplayValue('Fasce (tabella)');
    const bounds = [1, 2, 3].map((n) => screen.getByRole('textbox', { name: `Fino a (fascia ${n})` }));
    expect(bounds.map((b) => (b as HTMLInputElement).value)).toEqual(['1', '2', '3']);
    expect(own(block(root, 'Oltre l’ultima fascia'), 'combobox', 'Tipo')).toHaveDisplayValue('Operazione (+ − × ÷)');
    expect(screen.getByText('Con i dati di prova: 450 €')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rimuovi la fascia 3' }));
    expect(last()).toEqual({
      bracket: [{ count: [{ var: 'nucleo' }] }, [[1, 150], [2, 300]], { '+': [400, { '*': [50, { '-': [{ count: [{ var: 'nucleo' }] }, 3] }] }] }],
    });
    // Focus goes back to the table rather than being lost with the removed row.
    expect(screen.getByRole('textbox', { name: 'Fino a (fascia 2)' })).toHaveFocus();
  });

  test('keyboard only: a new bracket row gets the focus on its bound', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderFormula('Tariffa', undefined, { bracket: [{ var: 'isee.value' }, [[6000, 2]], 4.5] });
    const add = screen.getByRole('button', { name: 'Aggiungi fascia' });
    add.focus();
    await user.keyboard('{Enter}');
    const bound = screen.getByRole('textbox', { name: 'Fino a (fascia 2)' });
    expect(bound).toHaveFocus();
    expect(bound).toHaveValue('7.000');
    expect(within(bound.parentElement as HTMLElement).getByText('€')).toBeInTheDocument();
    await user.keyboard('{Control>}a{/Control}9360');
    expect(last()).toEqual({ bracket: [{ var: 'isee.value' }, [[6000, 2], [9360, 2]], 4.5] });
  });

  test('a half-typed number is kept on screen but not emitted', async () => {
    const user = userEvent.setup({ delay: null });
    const { emitted } = renderFormula('Importo');
    const number = screen.getByRole('textbox', { name: 'Numero (Importo)' });
    await setNumber(user, number, '3,');
    expect(emitted.at(-1)).toBe(3);
    await user.type(number, 'x');
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Scrivi un numero, ad esempio 16.500 o 3,50')).toBeInTheDocument();
    expect(emitted.at(-1)).toBe(3);
  });

  test('a formula the builder cannot show is read-only and can be replaced', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderFormula('Punti', undefined, BOLOGNA_NURSERY_POINTS);
    expect(screen.getByText(/scritta a mano/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sostituisci con una nuova formula' }));
    expect(last()).toBeUndefined();
    expect(screen.getByRole('group', { name: 'Punti' })).toBeInTheDocument();
  });

  test('age from a date, rounding, and a field that needs no typing', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderFormula('Contributo', { reddito_mensile: 1234.567 });
    const root = screen.getByRole('group', { name: 'Contributo' });
    await setType(user, root, 'Valore di un campo');
    await user.selectOptions(own(root, 'combobox', 'Campo'), 'Reddito mensile del nucleo');
    await setType(user, root, 'Arrotondamento');
    await setNumber(user, own(root, 'textbox', 'Decimali'), '2');
    expect(last()).toEqual({ round: [{ var: 'reddito_mensile' }, 2] });
    expect(screen.getByText('Con i dati di prova: 1.234,57 €')).toBeInTheDocument();

    const rounded = block(root, 'Valore da arrotondare');
    await setType(user, rounded, 'Età da una data');
    expect(last()).toEqual({ round: [{ age: [{ var: 'isee.expiry' }] }, 2] });
    await user.selectOptions(own(rounded, 'combobox', 'Data'), 'Data della richiesta');
    expect(last()).toEqual({ round: [{ age: [{ var: 'data_richiesta' }] }, 2] });
  });
});
