/**
 * The catalogue: search, filters by status and category, sorting, the
 * filtered view kept in the address, and no accessibility violations.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { catalogRows, rowOf, seedCatalog, TITLES } from './support/catalog';

test.beforeEach(async ({ page }) => {
  await seedCatalog(page);
});

test('every service shows its title, category, live status and last change', async ({ page }) => {
  await expect(rowOf(page, TITLES.bonus)).toContainText('Assistenza sociale');
  await expect(rowOf(page, TITLES.bonus).locator('.status-badge')).toHaveText('Pubblicato');
  await expect(rowOf(page, TITLES.nido).locator('.status-badge')).toHaveText(/^Programmato — apre il \d{1,2}\/\d{1,2}\/\d{4}$/);
  await expect(rowOf(page, TITLES.mensa).locator('.status-badge')).toHaveText(/^Aperto fino al /);
  await expect(rowOf(page, TITLES.centri).locator('.status-badge')).toHaveText('Chiuso');
  await expect(rowOf(page, TITLES.sanzioni).locator('.status-badge')).toHaveText('Bozza');
  await expect(rowOf(page, TITLES.bonus).locator('time')).toContainText('ieri');
  await expectNoAxeViolations(page);
});

test('search finds words in any order, without accents or case', async ({ page }) => {
  const search = page.getByLabel('Cerca', { exact: true });
  await search.fill('NIDO infanzia');
  await expect(rowOf(page, TITLES.nido)).toBeVisible();
  await expect(rowOf(page, TITLES.bonus)).toHaveCount(0);
  await search.fill('polizia locale'); // a topic, not in the title
  await expect(rowOf(page, TITLES.sanzioni)).toBeVisible();
  await expect(rowOf(page, TITLES.nido)).toHaveCount(0);
  await search.fill('nessun servizio si chiama così');
  await expect(page.getByText('Nessun servizio corrisponde alla ricerca.')).toBeVisible();
  await page.getByRole('button', { name: 'Azzera i filtri' }).first().click();
  await expect(rowOf(page, TITLES.bonus)).toBeVisible();
});

test('filters by status shown now and by category, kept in the address', async ({ page }) => {
  await page.getByLabel('Stato', { exact: true }).selectOption({ label: 'Chiuso' });
  await expect(rowOf(page, TITLES.centri)).toBeVisible();
  await expect(rowOf(page, TITLES.mensa)).toHaveCount(0);
  await page.getByLabel('Stato', { exact: true }).selectOption({ label: 'Aperto (programmato)' });
  await expect(rowOf(page, TITLES.mensa)).toBeVisible();
  await expect(rowOf(page, TITLES.centri)).toHaveCount(0);

  await page.getByLabel('Stato', { exact: true }).selectOption({ label: 'Tutti' });
  await page.getByLabel('Categoria').selectOption('Educazione e formazione');
  await expect(rowOf(page, TITLES.nido)).toBeVisible();
  await expect(rowOf(page, TITLES.mensa)).toBeVisible();
  await expect(rowOf(page, TITLES.bonus)).toHaveCount(0);
  await expect(page.getByText(/^\d+ servizi su \d+$/)).toBeVisible();

  // The filtered view survives a reload (and can be shared as a link).
  expect(page.url()).toContain('categoria=Educazione');
  await page.reload();
  await expect(page.getByLabel('Categoria')).toHaveValue('Educazione e formazione');
  await expect(rowOf(page, TITLES.bonus)).toHaveCount(0);
});

test('sorting by title and by opening date', async ({ page }) => {
  const titles = () => catalogRows(page).locator('.service-title').allTextContents();
  const mine = (all: string[]) => all.filter((t) => Object.values(TITLES).includes(t as never));
  await page.getByLabel('Ordina per').selectOption({ label: 'Titolo (A–Z)' });
  await expect.poll(async () => mine(await titles())).toEqual([TITLES.bonus, TITLES.centri, TITLES.nido, TITLES.mensa, TITLES.sanzioni]);
  await page.getByLabel('Ordina per').selectOption({ label: 'Data di apertura' });
  await expect.poll(async () => mine(await titles()).slice(0, 3)).toEqual([TITLES.centri, TITLES.mensa, TITLES.nido]);
});

test('the timeline shows each window, with an accessible table', async ({ page }) => {
  await page.getByRole('link', { name: 'Calendario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendario delle aperture' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Elenco delle aperture' });
  await expect(table.getByRole('row', { name: new RegExp(TITLES.nido) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(TITLES.mensa) })).toBeVisible();
  await expect(page.locator('.timeline-bar', { hasText: TITLES.nido })).toBeVisible();
  await expectNoAxeViolations(page);
});
