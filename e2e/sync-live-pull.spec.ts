/**
 * Two officials on two browsers share a service through the reference server.
 * B has its card open; A changes the title and it reaches the server. When
 * B's browser pulls it (here «Sincronizza ora» in B's second tab, so the news
 * crosses tabs on the BroadcastChannel), B's open card shows A's title at
 * once, without a reload — and B's next edit is saved with no conflict.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf, waitCardSaved } from './support/catalog';
import { connectSync, openCard, serverServices, shareNewService, syncBadgeOf, syncNow } from './support/sync';

const SHARED = 'Contributo trasporto scolastico';
const BY_A = 'Contributo trasporto scolastico 2027 (Ufficio scuola)';
const BY_B = 'Contributo trasporto scolastico 2027 — rivisto da Luca';

test('an open card shows a colleague’s pulled change at once, and the next edit saves with no conflict', async ({ browser }) => {
  test.setTimeout(120_000);
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = await contextA.newPage();
  const b = await contextB.newPage();
  await connectSync(a);
  await connectSync(b);

  // A adds a service; it reaches the server and B pulls it.
  const service = await shareNewService(a, b, `e2e-live-${Date.now()}`, SHARED);

  // B opens the card; a second tab of B's browser will run the pull.
  await openCard(b, SHARED);
  const bTab2 = await contextB.newPage();
  await bTab2.goto('/');
  await expect(rowOf(bTab2, SHARED)).toBeVisible();

  // A changes the title; it reaches the server.
  await openCard(a, SHARED);
  await a.getByLabel('Titolo del servizio').fill(BY_A);
  await waitCardSaved(a);
  await a.getByRole('link', { name: 'Catalogo', exact: true }).click();
  await expect(syncBadgeOf(a, BY_A)).toHaveText('Sincronizzato', { timeout: 15_000 });
  await expect.poll(async () => (await serverServices(a)).find((s) => s.id === service.id)?.title).toBe(BY_A);

  // B pulls it in the other tab: the open card follows, without a reload.
  await syncNow(bTab2);
  await expect(b.getByLabel('Titolo del servizio')).toHaveValue(BY_A, { timeout: 15_000 });
  await expect(b.locator('.service-heading-title')).toHaveText(BY_A);
  await expect(b.getByRole('status').filter({ hasText: 'Aggiornato con le modifiche ricevute dal server' })).toBeVisible();
  await expectNoAxeViolations(b);

  // B edits on top of A's change and saves: no conflict, the server takes it.
  await b.getByLabel('Titolo del servizio').fill(BY_B);
  await waitCardSaved(b);
  await b.getByRole('link', { name: 'Catalogo', exact: true }).click();
  await expect(syncBadgeOf(b, BY_B)).toHaveText('Sincronizzato', { timeout: 15_000 });
  await expect(b.getByRole('link', { name: new RegExp(`Risolvi il conflitto`) })).toHaveCount(0);
  await expect.poll(async () => (await serverServices(a)).find((s) => s.id === service.id)?.title, { timeout: 15_000 }).toBe(BY_B);

  await contextA.close();
  await contextB.close();
});
