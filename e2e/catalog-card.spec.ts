/**
 * The service card: required fields and limits, markdown rendered safely,
 * status and schedule in Rome time with Italian inline errors, undo, roles
 * and the history of changes.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf, seedCatalog, TITLES, waitCardSaved } from './support/catalog';

test.beforeEach(async ({ page }) => {
  await seedCatalog(page);
  await rowOf(page, TITLES.bonus).getByRole('link', { name: `Scheda di «${TITLES.bonus}»` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheda del servizio' })).toBeVisible();
});

test('the card lists the Designers Italia sections in order, with their exact labels', async ({ page }) => {
  const headings = await page.locator('.card-section > h2').allTextContents();
  const designers = ['A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze', 'Accedi al servizio', 'Condizioni di servizio', 'Contatti'];
  expect(headings.filter((h) => designers.includes(h))).toEqual(designers);
  await expectNoAxeViolations(page);
});

test('a required title cannot be saved empty; a valid one is saved and undoable', async ({ page }) => {
  const title = page.getByLabel('Titolo del servizio');
  await title.fill('');
  await expect(page.getByText('«Titolo del servizio» è obbligatorio.')).toBeVisible();
  await expect(page.locator('.field').filter({ has: title }).locator('.char-count')).toHaveText('0 / 160 caratteri');
  await page.reload();
  await expect(page.getByLabel('Titolo del servizio')).toHaveValue(TITLES.bonus);

  await page.getByLabel('Titolo del servizio').fill('Buoni spesa 2027');
  await waitCardSaved(page);
  await expect(page.locator('.service-heading-title')).toHaveText('Buoni spesa 2027');
  await page.getByRole('button', { name: 'Annulla' }).click();
  await expect(page.getByLabel('Titolo del servizio')).toHaveValue(TITLES.bonus);
  await waitCardSaved(page);
  await page.reload();
  await expect(page.getByLabel('Titolo del servizio')).toHaveValue(TITLES.bonus);
});

test('markdown is previewed safely: formatting yes, HTML and scripts never', async ({ page }) => {
  const who = page.getByRole('textbox', { name: 'A chi è rivolto', exact: true });
  await who.fill('Famiglie **residenti**.\n\n<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
  await page.getByRole('group', { name: 'Modalità di modifica di «A chi è rivolto»' }).getByRole('button', { name: 'Anteprima' }).click();
  const preview = page.getByRole('region', { name: 'Anteprima di «A chi è rivolto»' });
  await expect(preview.locator('strong')).toHaveText('residenti');
  await expect(preview.locator('img, script')).toHaveCount(0);
  await expect(preview).toContainText('<script>');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('"Programmato" needs both dates in Rome time, closing after opening; nothing invalid is saved', async ({ page }) => {
  const badge = page.locator('.service-header .status-badge');
  await page.getByRole('radio', { name: /Programmato/ }).check();
  await expect(page.getByText('Un servizio programmato richiede la data e l’ora di apertura.')).toBeVisible();
  await expect(page.getByText('Un servizio programmato richiede la data e l’ora di chiusura.')).toBeVisible();
  await expect(badge).toHaveText('Pubblicato');

  await page.getByLabel(/^Apertura/).fill('2030-03-01T09:00');
  await page.getByLabel(/^Chiusura/).fill('2030-02-01T18:00');
  await expect(page.getByText('La chiusura deve essere successiva all’apertura.')).toBeVisible();
  await expect(badge).toHaveText('Pubblicato');

  await page.getByLabel(/^Chiusura/).fill('2030-04-01T00:00');
  await expect(badge).toHaveText('Programmato — apre il 1/3/2030 alle 09:00');
  await waitCardSaved(page);
  await page.reload();
  await expect(page.getByLabel(/^Apertura/)).toHaveValue('2030-03-01T09:00');
  await expect(page.locator('.service-header .status-badge')).toHaveText('Programmato — apre il 1/3/2030 alle 09:00');
  await expectNoAxeViolations(page);
});

test('roles: officials read technical settings without changing them; the role is in the history', async ({ page }) => {
  await page.getByRole('radio', { name: 'Funzionario' }).check();
  await page.getByLabel('Categoria').fill('Politiche sociali');
  await waitCardSaved(page);

  await page.getByRole('link', { name: 'Impostazioni tecniche' }).click();
  await expect(page.getByText('Riservato al responsabile tecnico')).toBeVisible();
  await expect(page.getByLabel('Livello di accesso')).toBeDisabled();
  await expect(page.getByLabel('Registro di protocollo')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Modifica il JSON' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Remembered on this device.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Funzionario' })).toBeChecked();

  await page.getByRole('radio', { name: 'Responsabile tecnico' }).check();
  await expect(page.getByLabel('Livello di accesso')).toBeEnabled();
  await page.getByLabel('Livello di accesso').selectOption({ label: 'Carta d’identità elettronica (CIE)' });
  await waitCardSaved(page);

  await page.getByRole('link', { name: 'Modifiche' }).click();
  const rows = page.getByRole('table', { name: 'Modifiche' }).locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Responsabile tecnico');
  await expect(rows.nth(0)).toContainText('Modificate le impostazioni tecniche');
  await expect(rows.nth(1)).toContainText('Funzionario');
  await expect(rows.nth(1)).toContainText('Modificata la scheda');
  await expectNoAxeViolations(page);
});

test('requirements: add one with its message; its condition is built visually and described in words', async ({ page }) => {
  await page.getByRole('link', { name: 'Requisiti' }).click();
  await expect(page.getByText('ISEE corrente è al massimo 16.500')).toBeVisible();
  await page.getByRole('button', { name: 'Aggiungi un requisito' }).click();
  await expect(page.getByLabel('Nome del requisito').nth(2)).toBeFocused();
  await page.getByLabel('Nome del requisito').nth(2).fill('Maggiore età');
  await page.getByLabel('Messaggio se non è soddisfatto').nth(2).fill('Il richiedente deve essere maggiorenne.');
  const third = page.locator('.requirement').nth(2);
  await third.getByRole('button', { name: /Aggiungi condizione/ }).first().click();
  const fieldMenu = page.locator(':focus');
  await expect(fieldMenu).toHaveRole('combobox');
  await fieldMenu.selectOption({ index: 1 });
  await expect(third.locator('pre')).toContainText('"var"');
  await waitCardSaved(page);
  await page.reload();
  await expect(page.getByLabel('Nome del requisito').nth(2)).toHaveValue('Maggiore età');
  await expect(page.locator('.requirement').nth(2).locator('pre')).toContainText('"var"');
  await expectNoAxeViolations(page);
});
