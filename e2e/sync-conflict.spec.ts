/**
 * Two officials on two browsers (two contexts, each with its own IndexedDB)
 * share a service through the reference server that Playwright starts. One
 * edits offline while the other's edit reaches the server first; when the
 * first comes back online the conflict is shown side by side and «Tieni
 * entrambe» keeps both versions — on the server and in both catalogues.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf, waitCardSaved } from './support/catalog';
import { connectSync, openCard, openCatalog, serverServices, shareNewService, syncBadgeOf, syncNow } from './support/sync';

const SHARED = 'Contributo libri di testo';
const BY_A = 'Contributo libri di testo 2027 (Ufficio scuola)';
const BY_B = 'Contributo libri di testo — bozza di Luca';
const B_SHORT = 'Rimborso dei libri per le famiglie con ISEE fino a 15.000 euro.';

test('two officials edit one service, one offline: the conflict is resolved with nothing lost', async ({ browser }) => {
  test.setTimeout(120_000);
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = await contextA.newPage();
  const b = await contextB.newPage();

  await connectSync(a);
  await expectNoAxeViolations(a);
  await connectSync(b);

  // A adds a service; it reaches the server and B pulls it.
  const service = await shareNewService(a, b, `e2e-sync-${Date.now()}`, SHARED);

  // B opens the card and loses the network; both change the title, B the short description too.
  await openCard(b, SHARED);
  await contextB.setOffline(true);
  await b.getByLabel('Titolo del servizio').fill(BY_B);
  await b.getByLabel('Descrizione breve').fill(B_SHORT);
  await waitCardSaved(b);

  await openCard(a, SHARED);
  await a.getByLabel('Titolo del servizio').fill(BY_A);
  await waitCardSaved(a);
  await a.getByRole('link', { name: 'Catalogo', exact: true }).click();
  await expect(syncBadgeOf(a, BY_A)).toHaveText('Sincronizzato', { timeout: 15_000 });
  await expect.poll(async () => (await serverServices(a)).find((s) => s.id === service.id)?.title).toBe(BY_A);

  // B, still offline, keeps its change waiting.
  await b.getByRole('link', { name: 'Catalogo', exact: true }).click();
  await expect(syncBadgeOf(b, BY_B)).toHaveText('Offline', { timeout: 15_000 });

  // Back online: B's push meets A's newer revision — a conflict, nothing overwritten.
  await contextB.setOffline(false);
  const conflictLink = b.getByRole('link', { name: `Risolvi il conflitto di «${BY_B}»` });
  await expect(conflictLink).toBeVisible({ timeout: 15_000 });
  await expect((await serverServices(a)).find((s) => s.id === service.id)?.title).toBe(BY_A);
  await conflictLink.click();

  await expect(b.getByRole('heading', { level: 1, name: `Conflitto su «${BY_B}»` })).toBeVisible();
  await expect(b.getByTestId('conflict-mine-title')).toHaveText(BY_B);
  await expect(b.getByTestId('conflict-theirs-title')).toHaveText(BY_A);
  await expect(b.getByRole('region', { name: 'Versione sul server' })).toContainText('Salvata da Maria Rossi (funzionario/a)');
  const table = b.getByRole('table', { name: /Campi diversi/ });
  await expect(table.getByRole('row', { name: /Titolo/ })).toContainText(BY_B);
  await expect(table.getByRole('row', { name: /Titolo/ })).toContainText(BY_A);
  await expect(table.getByRole('row', { name: /Descrizione breve/ })).toContainText(B_SHORT);
  await expectNoAxeViolations(b);

  // Keyboard: Tab to «Tieni entrambe» and press Enter.
  const keepBoth = b.getByRole('button', { name: 'Tieni entrambe' });
  await keepBoth.focus();
  await b.keyboard.press('Enter');
  await expect(b.getByRole('status').filter({ hasText: 'Conflitto risolto' })).toContainText(`${BY_B} (mia versione)`);

  // Both versions on the server and in both catalogues, all in sync.
  await expect
    .poll(async () => (await serverServices(a)).map((s) => s.title).filter((t) => t.startsWith('Contributo libri')).sort(), { timeout: 15_000 })
    .toEqual([BY_A, `${BY_B} (mia versione)`].sort());
  await b.getByRole('link', { name: 'Catalogo dei servizi', exact: true }).click();
  await expect(syncBadgeOf(b, BY_A)).toHaveText('Sincronizzato');
  await expect(syncBadgeOf(b, `${BY_B} (mia versione)`)).toHaveText('Sincronizzato', { timeout: 15_000 });
  await expect(rowOf(b, `${BY_B} (mia versione)`)).toContainText(B_SHORT);

  await syncNow(a);
  await openCatalog(a);
  await expect(syncBadgeOf(a, BY_A)).toHaveText('Sincronizzato');
  await expect(rowOf(a, `${BY_B} (mia versione)`)).toContainText(B_SHORT);
  await expect(syncBadgeOf(a, `${BY_B} (mia versione)`)).toHaveText('Sincronizzato');

  await contextA.close();
  await contextB.close();
});
