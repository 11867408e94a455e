import { expect, test } from '@playwright/test';
import {
  canvas,
  createServiceAndOpenEditor,
  dragTo,
  nodeCard,
  paletteItem,
  readCanvas,
  stepCard,
} from './support/editor';

test('an official builds a 3-step service with the mouse: drags from the palette, adds steps, reorders across steps', async ({ page }) => {
  await createServiceAndOpenEditor(page);

  // Step 1: rename it, drag two fields into it, the second before the first.
  const title1 = page.getByLabel('Titolo del passo 1');
  await title1.fill('Dati del richiedente');
  await dragTo(page, paletteItem(page, 'Testo breve'), stepCard(page, 1).locator('.node-list-empty'), 'inside');
  await dragTo(page, paletteItem(page, 'Codice fiscale'), nodeCard(page, 'Testo breve'), 'before');
  expect((await readCanvas(page))[0].nodes).toEqual(['Codice fiscale', 'Testo breve']);

  // A section, with an email dropped inside it.
  await dragTo(page, paletteItem(page, 'Sezione'), nodeCard(page, 'Testo breve'), 'after');
  await dragTo(page, paletteItem(page, 'Email'), stepCard(page, 1).locator('.node-children .node-list-empty'), 'inside');

  // Steps 2 and 3.
  await page.getByRole('button', { name: 'Aggiungi un passo' }).click();
  await page.getByLabel('Titolo del passo 2').fill('Residenza');
  await dragTo(page, paletteItem(page, 'Indirizzo'), stepCard(page, 2).locator('.node-list-empty'), 'inside');
  await page.getByRole('button', { name: 'Aggiungi un passo' }).click();
  await page.getByLabel('Titolo del passo 3').fill('Documenti');
  await dragTo(page, paletteItem(page, 'Allegato'), stepCard(page, 3).locator('.node-list-empty'), 'inside');

  expect(await readCanvas(page)).toEqual([
    { title: 'Dati del richiedente', nodes: ['Codice fiscale', 'Testo breve', 'Sezione', 'Sezione > Email'] },
    { title: 'Residenza', nodes: ['Indirizzo'] },
    { title: 'Documenti', nodes: ['Allegato'] },
  ]);

  // Reorder across steps: the tax code goes to step 2, after the address…
  await dragTo(page, nodeCard(page, 'Codice fiscale'), nodeCard(page, 'Indirizzo'), 'after');
  // …the email leaves its section for step 3, before the attachment…
  await dragTo(page, nodeCard(page, 'Email'), nodeCard(page, 'Allegato'), 'before');
  // …and the short text moves into the (now empty) section.
  await dragTo(page, nodeCard(page, 'Testo breve'), stepCard(page, 1).locator('.node-children .node-list-empty'), 'inside');

  expect(await readCanvas(page)).toEqual([
    { title: 'Dati del richiedente', nodes: ['Sezione', 'Sezione > Testo breve'] },
    { title: 'Residenza', nodes: ['Indirizzo', 'Codice fiscale'] },
    { title: 'Documenti', nodes: ['Email', 'Allegato'] },
  ]);

  // One drag is one undo step.
  await page.getByRole('button', { name: 'Annulla', exact: true }).click();
  expect((await readCanvas(page))[0].nodes).toEqual(['Testo breve', 'Sezione']);
  await page.getByRole('button', { name: 'Ripeti', exact: true }).click();
  expect((await readCanvas(page))[0].nodes).toEqual(['Sezione', 'Sezione > Testo breve']);
});

test('dropping outside the work area changes nothing', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await dragTo(page, paletteItem(page, 'Data'), stepCard(page, 1).locator('.node-list-empty'), 'inside');
  const before = await readCanvas(page);
  // From the palette onto the palette itself, and a card dragged onto the inspector.
  await dragTo(page, paletteItem(page, 'Numero'), paletteItem(page, 'IBAN'), 'inside');
  await dragTo(page, nodeCard(page, 'Data'), page.getByRole('complementary', { name: 'Proprietà' }), 'inside');
  expect(await readCanvas(page)).toEqual(before);
  await expect(canvas(page).locator('.drop-line')).toHaveCount(0);
});

test('the insertion line shows where the drop will land while dragging', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await paletteItem(page, 'Testo breve').click();
  await paletteItem(page, 'Numero').click();
  const source = paletteItem(page, 'Email');
  const s = (await source.boundingBox())!;
  await page.mouse.move(s.x + 20, s.y + 10);
  await page.mouse.down();
  await page.mouse.move(s.x + 40, s.y + 30, { steps: 4 });
  const t = (await nodeCard(page, 'Numero').boundingBox())!;
  await page.mouse.move(t.x + t.width / 2, t.y + 5, { steps: 10 });
  const line = canvas(page).locator('.drop-line');
  await expect(line).toHaveCount(1);
  // The line sits between the two cards.
  const lineBox = (await line.boundingBox())!;
  const first = (await nodeCard(page, 'Testo breve').boundingBox())!;
  expect(lineBox.y).toBeGreaterThan(first.y + first.height - 2);
  expect(lineBox.y).toBeLessThan(t.y + 2);
  await page.mouse.up();
  expect((await readCanvas(page))[0].nodes).toEqual(['Testo breve', 'Email', 'Numero']);
});
