/** Helpers for the sync end-to-end tests: connect a page to the test server and read the sync badges. */
import { expect, type Page } from '@playwright/test';
import { bonusAlimentare } from '../../src/model/fixtures';
import type { ServiceDefinition } from '../../src/model/types';
import { bundleText, importFile, rowOf, templateTitles } from './catalog';

/** The tokens the Playwright web server accepts (playwright.config.ts). */
export const OFFICIAL_TOKEN = 'e2e-official';

/** First start (templates seeded), then the sync panel: default address (this origin), the token, «Verifica connessione». */
export async function connectSync(page: Page, token = OFFICIAL_TOKEN): Promise<void> {
  await page.goto('/');
  for (const title of templateTitles()) await expect(rowOf(page, title).first()).toBeVisible();
  await page.getByRole('link', { name: 'Sincronizzazione', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sincronizzazione' })).toBeVisible();
  await page.getByLabel('Token di accesso').fill(token);
  await page.getByRole('button', { name: 'Verifica connessione' }).click();
  await expect(page.getByText('Connesso come Maria Rossi (funzionario/a)').first()).toBeVisible();
  // The app takes the token's role: the official is no longer offered technical options the server would refuse.
  await expect(page.getByRole('radio', { name: 'Funzionario' })).toBeChecked();
}

/** «Sincronizza ora» on the panel, waiting until the pass is over. */
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Sincronizzazione', exact: true }).click();
  await page.getByRole('button', { name: 'Sincronizza ora' }).click();
  await expect(page.getByRole('button', { name: 'Sincronizza ora' })).toBeEnabled();
}

/** The sync badge in a catalogue row. */
export const syncBadgeOf = (page: Page, title: string) => rowOf(page, title).locator('[data-sync-status]');

/** The server's services, asked with the technical token. */
export async function serverServices(page: Page): Promise<{ id: string; title: string; deleted: boolean }[]> {
  const response = await page.request.get('/api/v1/services', { headers: { Authorization: 'Bearer e2e-technical' } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { services: { id: string; title: string; deleted: boolean }[] }).services;
}

/** The catalogue, from the main menu. */
export async function openCatalog(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Catalogo dei servizi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogo dei servizi' })).toBeVisible();
}

/** A service's card, from its catalogue row. */
export async function openCard(page: Page, title: string): Promise<void> {
  await rowOf(page, title).getByRole('link', { name: `Scheda di «${title}»` }).click();
  await expect(page.getByLabel('Titolo del servizio')).toHaveValue(title);
}

/**
 * A imports a new service (the food-bonus fixture under `title`), which reaches the server; B pulls it.
 * Both pages end on their catalogue with the service in sync.
 */
export async function shareNewService(a: Page, b: Page, id: string, title: string): Promise<ServiceDefinition> {
  await openCatalog(a);
  const service = { ...bonusAlimentare(), id, card: { ...bonusAlimentare().card, title } };
  await importFile(a, `${id}.json`, bundleText([service]));
  await expect(syncBadgeOf(a, title)).toHaveText('Sincronizzato', { timeout: 15_000 });
  await syncNow(b);
  await openCatalog(b);
  await expect(syncBadgeOf(b, title)).toHaveText('Sincronizzato');
  return service;
}
