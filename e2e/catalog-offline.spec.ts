/**
 * Offline: after the first visit the service worker serves the app; with the
 * network off the catalogue reloads, a service is edited and duplicated, and
 * everything is still there after another offline reload.
 */
import { expect, test } from '@playwright/test';
import { rowOf, seedCatalog, TITLES, waitCardSaved } from './support/catalog';

test('reload, edit and duplicate with the network off; everything kept', async ({ page, context }) => {
  await seedCatalog(page);
  // The worker must be active and controlling this page before the network goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogo dei servizi' })).toBeVisible();
  await expect(rowOf(page, TITLES.bonus)).toBeVisible();

  // Edit the card (its screen's code comes from the precache too).
  await rowOf(page, TITLES.bonus).getByRole('link', { name: `Scheda di «${TITLES.bonus}»` }).click();
  await page.getByLabel('Descrizione breve').fill('Buoni spesa modificati senza rete.');
  await waitCardSaved(page);
  await page.getByRole('link', { name: 'Catalogo', exact: true }).click();

  // Duplicate.
  await rowOf(page, TITLES.nido).getByRole('button', { name: `Altre azioni per «${TITLES.nido}»` }).click();
  await page.getByRole('button', { name: 'Duplica' }).click();
  await page.waitForURL(/\/scheda$/);
  await expect(page.getByLabel('Titolo del servizio')).toHaveValue(`${TITLES.nido} (copia)`);

  // Open the editor offline as well.
  await page.getByRole('link', { name: 'Apri il flusso nell’editor' }).click();
  await page.waitForURL(/\/editor$/);
  await expect(page.getByRole('region', { name: 'Area di lavoro' })).toBeVisible();

  await page.goto('/');
  await expect(rowOf(page, `${TITLES.nido} (copia)`)).toBeVisible();
  await page.reload();
  await expect(rowOf(page, TITLES.bonus)).toContainText('Buoni spesa modificati senza rete.');
  await expect(rowOf(page, `${TITLES.nido} (copia)`).locator('.status-badge')).toHaveText('Bozza');
  await context.setOffline(false);
});
