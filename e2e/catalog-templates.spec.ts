/**
 * Flagship templates: on first start the catalogue shows every template of
 * public/templates/index.json (seeded once), and "Crea da un modello" makes a
 * draft copy of one. Reads the index from disk so it follows the templates.
 */
import { expect, test } from '@playwright/test';
import { rowOf, templateTitles } from './support/catalog';

const titles = templateTitles();

test('first start shows the templates; a deleted one does not come back', async ({ page }) => {
  // The six flagship services ship with the app: an empty index is a bug.
  expect(titles.length).toBeGreaterThanOrEqual(6);
  await page.goto('/');
  for (const title of titles) await expect(rowOf(page, title)).toHaveCount(1);

  await rowOf(page, titles[0]).getByRole('button', { name: `Altre azioni per «${titles[0]}»` }).click();
  await page.getByRole('button', { name: 'Sposta nel cestino' }).click();
  await expect(rowOf(page, titles[0])).toHaveCount(0);
  await page.reload();
  await expect(rowOf(page, titles[0])).toHaveCount(0);
  if (titles[1]) await expect(rowOf(page, titles[1])).toHaveCount(1);
});

test('"Crea da un modello" lists the templates and creates a draft copy', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Crea da un modello' }).click();
  const dialog = page.getByRole('dialog', { name: 'Crea un servizio da un modello' });
  if (titles.length === 0) {
    await expect(dialog).toContainText('Non ci sono ancora modelli disponibili.');
    return;
  }
  for (const title of titles) await expect(dialog.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: `Usa il modello «${titles[0]}»` }).click();
  await page.waitForURL(/\/servizi\/[^/]+\/scheda$/);
  await expect(page.getByLabel('Titolo del servizio')).toHaveValue(titles[0]);
  await expect(page.locator('.service-header .status-badge')).toHaveText('Bozza');
  await page.getByRole('link', { name: 'Catalogo', exact: true }).click();
  // The template's own row plus the new draft.
  await expect(rowOf(page, titles[0])).toHaveCount(2);
});
