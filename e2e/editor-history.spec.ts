import { expect, test } from '@playwright/test';
import {
  createServiceAndOpenEditor,
  dragTo,
  inspector,
  keyInput,
  nodeCard,
  paletteItem,
  readCanvas,
  stepCard,
  waitSaved,
} from './support/editor';

const undoButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Annulla', exact: true });
const redoButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Ripeti', exact: true });

test('undo and redo: buttons and shortcuts, one step per action and per typed input', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await expect(undoButton(page)).toBeDisabled();
  await paletteItem(page, 'Testo breve').click();
  await paletteItem(page, 'Numero').click();
  await dragTo(page, nodeCard(page, 'Numero'), nodeCard(page, 'Testo breve'), 'before');
  expect((await readCanvas(page))[0].nodes).toEqual(['Numero', 'Testo breve']);

  // Typing a whole label is one step, and the key follows the label.
  await nodeCard(page, 'Testo breve').click();
  const label = inspector(page).getByLabel('Etichetta');
  await label.fill('');
  await expect(inspector(page).getByText('L’etichetta non può essere vuota.')).toBeVisible();
  await label.pressSequentially('Cognome');
  await expect(keyInput(page)).toHaveValue('cognome');
  await label.blur();

  await undoButton(page).click();
  await expect(nodeCard(page, 'Testo breve')).toBeVisible();
  await expect(keyInput(page)).toHaveValue('testo_breve');
  await undoButton(page).click(); // the drag
  expect((await readCanvas(page))[0].nodes).toEqual(['Testo breve', 'Numero']);
  await undoButton(page).click(); // the second insertion
  expect((await readCanvas(page))[0].nodes).toEqual(['Testo breve']);

  // Redo with Ctrl+Shift+Z and Ctrl+Y, focus on the canvas.
  await stepCard(page, 1).locator('.step-header').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+Z');
  expect((await readCanvas(page))[0].nodes).toEqual(['Testo breve', 'Numero']);
  await page.keyboard.press('Control+Y');
  expect((await readCanvas(page))[0].nodes).toEqual(['Numero', 'Testo breve']);
  await redoButton(page).click();
  await expect(nodeCard(page, 'Cognome')).toBeVisible();
  await expect(redoButton(page)).toBeDisabled();

  // A new action after undo drops the redo branch.
  await page.keyboard.press('Control+Z');
  await paletteItem(page, 'Data').click();
  await expect(redoButton(page)).toBeDisabled();

  // Inside a text box Ctrl+Z is the browser's own text undo, not the editor's.
  await nodeCard(page, 'Data').click();
  await label.fill('Data di nascita');
  await label.press('Control+Z');
  expect((await readCanvas(page))[0].nodes).toContain('Data');
  expect((await readCanvas(page))[0].nodes).toHaveLength(3);
});

test('reloading, or closing the tab and opening it again, restores everything', async ({ page, context }) => {
  const url = await createServiceAndOpenEditor(page);
  await page.getByLabel('Titolo del passo 1').fill('Richiedente');
  await paletteItem(page, 'Codice fiscale').click();
  await paletteItem(page, 'Scelta singola').click();
  const options = inspector(page).getByRole('group', { name: 'Opzioni' });
  await inspector(page).getByLabel('Etichetta').fill('Tipo di richiesta');
  await options.getByLabel('Testo 1').fill('Prima iscrizione');
  await options.getByRole('button', { name: 'Aggiungi un’opzione' }).click();
  await options.getByLabel('Testo 3').fill('Rinnovo');
  await options.getByRole('button', { name: 'Sposta su «Rinnovo»' }).click();
  await inspector(page).getByLabel('Obbligatorio').check();
  await page.getByRole('button', { name: 'Aggiungi un passo' }).click();
  await page.getByLabel('Titolo del passo 2').fill('Allegati');
  await dragTo(page, paletteItem(page, 'Allegato'), stepCard(page, 2).locator('.node-list-empty'), 'inside');
  await waitSaved(page);
  const before = await readCanvas(page);
  expect(before).toEqual([
    { title: 'Richiedente', nodes: ['Codice fiscale', 'Tipo di richiesta'] },
    { title: 'Allegati', nodes: ['Allegato'] },
  ]);

  await page.reload();
  await expect(stepCard(page, 2)).toBeVisible();
  expect(await readCanvas(page)).toEqual(before);
  await nodeCard(page, 'Tipo di richiesta').click();
  await expect(keyInput(page)).toHaveValue('tipo_di_richiesta');
  await expect(inspector(page).getByLabel('Obbligatorio')).toBeChecked();
  await expect(options.getByLabel('Testo 1')).toHaveValue('Prima iscrizione');
  await expect(options.getByLabel('Testo 2')).toHaveValue('Rinnovo');
  await expect(options.getByLabel('Valore 2')).toHaveValue('rinnovo');

  // A change, then the tab is closed about a second later without waiting for anything.
  await inspector(page).getByLabel('Etichetta').fill('Tipo di domanda');
  await page.waitForTimeout(1100);
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await expect(stepCard(again, 1)).toBeVisible();
  expect((await readCanvas(again))[0].nodes).toEqual(['Codice fiscale', 'Tipo di domanda']);
});
