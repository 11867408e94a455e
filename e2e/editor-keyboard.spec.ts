import { expect, test } from '@playwright/test';
import {
  createServiceAndOpenEditor,
  dragAnnouncements,
  inspector,
  keyInput,
  nodeCard,
  palette,
  paletteItem,
  readCanvas,
  tabTo,
} from './support/editor';

test('an official builds a 2-step service with the keyboard alone', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  const nodes = async (step: number) => (await readCanvas(page))[step - 1]?.nodes;

  // Filter the palette, then Enter on an item adds it to the current step.
  const filter = palette(page).getByRole('searchbox', { name: 'Cerca un elemento' });
  await tabTo(page, filter);
  await page.keyboard.type('codice');
  await expect(paletteItem(page, 'Testo breve')).toHaveCount(0);
  await tabTo(page, paletteItem(page, 'Codice fiscale'));
  await page.keyboard.press('Enter');
  expect(await nodes(1)).toEqual(['Codice fiscale']);
  await expect(page.getByText('«Codice fiscale» aggiunto.')).toBeAttached();

  // Back to the whole palette; Enter inserts right after the selected node.
  await tabTo(page, filter, { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await tabTo(page, paletteItem(page, 'Testo breve'));
  await page.keyboard.press('Enter');
  expect(await nodes(1)).toEqual(['Codice fiscale', 'Testo breve']);

  // Space lifts a palette item, arrows choose the place, Space drops it.
  await tabTo(page, paletteItem(page, 'Email'));
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText('Hai preso un nuovo elemento «Email». Posizione 3 di 3');
  await page.keyboard.press('ArrowUp');
  await expect(dragAnnouncements(page)).toContainText('Posizione 2 di 3 nel passo «Dati della domanda»');
  await page.keyboard.press('Space');
  expect(await nodes(1)).toEqual(['Codice fiscale', 'Email', 'Testo breve']);

  // A second step, titled by keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Aggiungi un passo' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Titolo del passo 2')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Contatti');

  // Move the email card to step 2: focus selects it, Space lifts, arrows, Space drops.
  await tabTo(page, nodeCard(page, 'Email'), { back: true });
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText('Hai sollevato «Email»');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dragAnnouncements(page)).toContainText('Posizione 1 di 1 nel passo «Contatti»');
  await page.keyboard.press('Space');
  expect(await readCanvas(page)).toEqual([
    { title: 'Dati della domanda', nodes: ['Codice fiscale', 'Testo breve'] },
    { title: 'Contatti', nodes: ['Email'] },
  ]);
  await expect(dragAnnouncements(page)).toContainText('«Email» spostato');

  // Escape cancels a keyboard drag.
  await tabTo(page, nodeCard(page, 'Codice fiscale'), { back: true });
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(dragAnnouncements(page)).toContainText('Spostamento annullato');
  expect(await nodes(1)).toEqual(['Codice fiscale', 'Testo breve']);

  // Rename the email in the inspector: the key follows the label.
  await tabTo(page, nodeCard(page, 'Email'));
  const label = inspector(page).getByLabel('Etichetta');
  await tabTo(page, label);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Email di contatto');
  await expect(nodeCard(page, 'Email di contatto')).toBeVisible();
  await expect(keyInput(page)).toHaveValue('email_di_contatto');

  // Ctrl+Z outside a text box undoes the whole typing (label and key) in one step; Ctrl+Y redoes it.
  await tabTo(page, inspector(page).getByLabel('Obbligatorio'));
  await page.keyboard.press('Control+Z');
  await expect(nodeCard(page, 'Email')).toBeVisible();
  await expect(keyInput(page)).toHaveValue('email');
  await page.keyboard.press('Control+Y');
  await expect(nodeCard(page, 'Email di contatto')).toBeVisible();

  // Card shortcuts: Alt+↑ moves up, Delete removes.
  await tabTo(page, nodeCard(page, 'Testo breve'), { back: true });
  await page.keyboard.press('Alt+ArrowUp');
  expect(await nodes(1)).toEqual(['Testo breve', 'Codice fiscale']);
  await expect(nodeCard(page, 'Testo breve')).toBeFocused();
  await page.keyboard.press('Delete');
  expect(await nodes(1)).toEqual(['Codice fiscale']);
  // The selection and the focus move to the neighbour.
  await expect(nodeCard(page, 'Codice fiscale')).toBeFocused();

  // The selected card's buttons are reachable by Tab and named after the node.
  await tabTo(page, page.getByRole('button', { name: 'Duplica «Codice fiscale»' }));
  await page.keyboard.press('Enter');
  expect(await nodes(1)).toEqual(['Codice fiscale', 'Codice fiscale']);
  await expect(keyInput(page)).toHaveValue('codice_fiscale_2');
});
