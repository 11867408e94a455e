/**
 * The outbox survives a reload: a change made offline is still waiting after
 * the page reloads (offline, from the service worker) and reaches the server
 * once the network is back. Also: the panel's field errors name the field.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf, waitCardSaved } from './support/catalog';
import { connectSync, serverServices, syncBadgeOf } from './support/sync';

/** A flagship template every first start seeds. */
const TEMPLATE = 'Buoni spesa – Bonus alimentare';

test('the panel names the field at fault: empty token, refused token, unreachable server', async ({ page }) => {
  await page.goto('/sincronizzazione');
  await page.getByRole('button', { name: 'Verifica connessione' }).click();
  const token = page.getByLabel('Token di accesso');
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  await expect(token).toHaveAccessibleDescription(/Token di accesso: campo obbligatorio/);
  await expect(token).toBeFocused();

  await token.fill('non-valido');
  await page.getByRole('button', { name: 'Verifica connessione' }).click();
  await expect(page.getByText('Token di accesso: token non valido.')).toBeVisible();

  const address = page.getByLabel('Indirizzo del server');
  await address.fill('http://127.0.0.1:9');
  await page.getByRole('button', { name: 'Verifica connessione' }).click();
  await expect(address).toHaveAccessibleDescription(/Indirizzo del server: server non raggiungibile/);
  await expectNoAxeViolations(page);
  // Nothing was configured: no status section, no sync column in the catalogue.
  await expect(page.getByRole('button', { name: 'Sincronizza ora' })).toHaveCount(0);
});

test('a change made offline waits in the outbox across a reload and is sent when back online', async ({ page, context }) => {
  test.setTimeout(90_000);
  await connectSync(page);
  await page.getByRole('link', { name: 'Catalogo dei servizi', exact: true }).click();
  const title = TEMPLATE;
  await expect(syncBadgeOf(page, title)).toHaveText('Sincronizzato', { timeout: 15_000 });
  const id = (await rowOf(page, title).getAttribute('data-service-id'))!;

  // The service worker must control the page before the network goes, so that the reload works offline.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await rowOf(page, title).getByRole('link', { name: `Scheda di «${title}»` }).click();
  await context.setOffline(true);
  const changed = `${title} — modificato senza rete`;
  await page.getByLabel('Titolo del servizio').fill(changed);
  await waitCardSaved(page);

  await page.reload();
  await page.getByRole('link', { name: 'Sincronizzazione', exact: true }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText(/^[1-9]\d*$/);
  await page.getByRole('link', { name: 'Catalogo dei servizi', exact: true }).click();
  await expect(syncBadgeOf(page, changed)).toHaveText(/Offline|Modifiche locali/);
  expect((await serverServices(page)).find((s) => s.id === id)?.title).toBe(title);

  await context.setOffline(false);
  await expect(syncBadgeOf(page, changed)).toHaveText('Sincronizzato', { timeout: 15_000 });
  expect((await serverServices(page)).find((s) => s.id === id)?.title).toBe(changed);
});
