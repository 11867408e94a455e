/**
 * Import and export: a broken file is refused with its problems by JSON path
 * and nothing changes; an id already stored is never overwritten silently;
 * export writes a file that imports back.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { bundleText, catalogRows, catalogServices, importFile, rowOf, seedCatalog, TITLES } from './support/catalog';

test('a broken file: a clear error by JSON path, nothing imported', async ({ page }) => {
  await seedCatalog(page);
  const before = await catalogRows(page).count();
  const [good, broken] = catalogServices();
  const bad = { ...broken, id: 'e2e-nuovo', status: 'archiviato', card: { ...broken.card, title: '' } };
  await importFile(page, 'servizi-rotti.json', bundleText([{ ...good, id: 'e2e-valido' }, bad as never]));

  const dialog = page.getByRole('alertdialog', { name: 'Il file non può essere importato' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nessun servizio è stato importato');
  await expect(dialog).toContainText('servizi-rotti.json');
  await expect(dialog.getByRole('cell', { name: '/services/1/card/title' })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '/services/1/status' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Chiudi' }).last().click();
  await expect(dialog).toBeHidden();

  // All or nothing: not even the valid first service came in.
  await expect(catalogRows(page)).toHaveCount(before);
  await page.reload();
  await expect(catalogRows(page)).toHaveCount(before);
});

test('a file that is not JSON says where the syntax breaks', async ({ page }) => {
  await seedCatalog(page);
  await importFile(page, 'appunti.json', '{ "formatVersion": 1,\n  "id": }');
  const dialog = page.getByRole('alertdialog', { name: 'Il file non può essere importato' });
  await expect(dialog).toContainText(/riga 2/);
});

test('an id already stored: the official chooses "Sostituisci" or "Mantieni entrambi"', async ({ page }) => {
  await seedCatalog(page);
  const [bonus, nido] = catalogServices();
  const changed = [
    { ...bonus, card: { ...bonus.card, title: 'Bonus alimentare 2027 (rivisto)' } },
    { ...nido, card: { ...nido.card, short_description: 'Versione importata.' } },
  ];
  await importFile(page, 'rivisti.json', bundleText(changed));
  const dialog = page.getByRole('dialog', { name: 'Servizi già presenti' });
  await expect(dialog).toBeVisible();

  // Nothing is preselected: confirming without choosing asks again.
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Scegli un’opzione per ogni servizio.');

  await dialog.getByRole('group', { name: /Bonus alimentare 2027 \(rivisto\)/ }).getByLabel(/Sostituisci/).check();
  await dialog.getByRole('group', { name: /Iscrizione al nido/ }).getByLabel(/Mantieni entrambi/).check();
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importati 2 servizi.' })).toBeVisible();

  // Replaced in place; kept both (the copy is a draft).
  await expect(rowOf(page, 'Bonus alimentare 2027 (rivisto)')).toHaveCount(1);
  await expect(rowOf(page, TITLES.bonus)).toHaveCount(0);
  await expect(rowOf(page, TITLES.nido)).toHaveCount(1);
  await expect(rowOf(page, `${TITLES.nido} (copia)`).locator('.status-badge')).toHaveText('Bozza');
});

test('export one service as <title>.json and all as one file; both import back', async ({ page }) => {
  await seedCatalog(page);
  await rowOf(page, TITLES.bonus).getByRole('button', { name: `Altre azioni per «${TITLES.bonus}»` }).click();
  const oneDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta (.json)' }).click();
  const one = await oneDownload;
  expect(one.suggestedFilename()).toBe('bonus-alimentare-2027.json');
  const oneJson = JSON.parse(await readFile((await one.path())!, 'utf8'));
  expect(oneJson.id).toBe('e2e-bonus-alimentare');
  expect(oneJson.card.title).toBe(TITLES.bonus);

  const allDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta tutti' }).click();
  const all = await allDownload;
  expect(all.suggestedFilename()).toMatch(/^servizi-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(await readFile((await all.path())!, 'utf8'));
  expect(bundle.mattoncini).toBe('services');
  expect(bundle.services.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(catalogServices().map((s) => s.id)));

  // Into a fresh browser profile: the bundle comes back whole.
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { level: 1, name: 'Catalogo dei servizi' })).toBeVisible();
  await importFile(other, all.suggestedFilename(), JSON.stringify(bundle));
  // The flagship templates are seeded there too: for them, replace.
  const conflicts = other.getByRole('dialog', { name: 'Servizi già presenti' });
  const done = other.getByRole('status').filter({ hasText: /Importat/ });
  await expect(conflicts.or(done)).toBeVisible();
  if (await conflicts.isVisible()) {
    for (const option of await conflicts.getByLabel(/Sostituisci/).all()) await option.check();
    await conflicts.getByRole('button', { name: 'Importa' }).click();
  }
  await expect(done).toBeVisible();
  await expect(rowOf(other, TITLES.nido)).toHaveCount(1);
  await fresh.close();
});
