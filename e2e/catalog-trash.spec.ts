/** Delete → "Cestino": undo, restore, and delete for good after a confirmation. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf, seedCatalog, TITLES } from './support/catalog';

test('move to the trash, undo, restore from the trash, delete for good', async ({ page }) => {
  await seedCatalog(page);
  const trash = async (title: string) => {
    await rowOf(page, title).getByRole('button', { name: `Altre azioni per «${title}»` }).click();
    await page.getByRole('button', { name: 'Sposta nel cestino' }).click();
  };

  await trash(TITLES.centri);
  await expect(rowOf(page, TITLES.centri)).toHaveCount(0);
  await page.getByRole('button', { name: 'Annulla' }).click();
  await expect(rowOf(page, TITLES.centri)).toHaveCount(1);

  await trash(TITLES.centri);
  await trash(TITLES.sanzioni);
  await page.getByRole('link', { name: /^Cestino/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cestino' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: `Ripristina «${TITLES.centri}»` }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLES.centri })).toHaveCount(0);

  await page.getByRole('button', { name: `Elimina definitivamente «${TITLES.sanzioni}»` }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Eliminare definitivamente?' });
  await expect(confirm).toContainText(TITLES.sanzioni);
  await confirm.getByRole('button', { name: 'Elimina definitivamente' }).click();
  await expect(page.getByText('Il cestino è vuoto.')).toBeVisible();

  await page.getByRole('link', { name: 'Servizi', exact: true }).click();
  await expect(rowOf(page, TITLES.centri)).toHaveCount(1);
  await expect(rowOf(page, TITLES.sanzioni)).toHaveCount(0);
});
