/**
 * Duplication: the food bonus becomes "Bonus casa" in one action; the copy is
 * a draft with its own texts and amounts, the original is untouched.
 */
import { expect, test } from '@playwright/test';
import { rowOf, seedCatalog, TITLES, waitCardSaved } from './support/catalog';

test('duplicate the food bonus into "Bonus casa", change it, the original is untouched', async ({ page }) => {
  await seedCatalog(page);
  await rowOf(page, TITLES.bonus).getByRole('button', { name: `Altre azioni per «${TITLES.bonus}»` }).click();
  await page.getByRole('button', { name: 'Duplica' }).click();

  // The copy opens on its card: a draft titled "… (copia)", with everything copied.
  await page.waitForURL(/\/servizi\/[^/]+\/scheda$/);
  const copyUrl = page.url();
  expect(copyUrl).not.toContain('e2e-bonus-alimentare');
  const title = page.getByLabel('Titolo del servizio');
  await expect(title).toHaveValue(`${TITLES.bonus} (copia)`);
  await expect(page.locator('.service-header .status-badge')).toHaveText('Bozza');
  await expect(page.getByRole('textbox', { name: 'Cosa si ottiene', exact: true })).toHaveValue(/150 € per una persona/);

  await title.fill('Bonus casa');
  await page.getByLabel('Descrizione breve').fill('Contributo per l’affitto e le utenze della casa.');
  await page.getByRole('textbox', { name: 'Cosa si ottiene', exact: true }).fill('Un contributo di 500 € per nucleo, più 100 € per ogni figlio a carico.');
  await page.getByRole('link', { name: 'Requisiti' }).click();
  await page.getByLabel('Messaggio se non è soddisfatto').nth(1).fill('L’ISEE non deve superare 20.000 €.');
  await waitCardSaved(page);

  // Back in the catalogue: both services, the copy records where it came from.
  await page.getByRole('link', { name: 'Catalogo', exact: true }).click();
  await expect(rowOf(page, 'Bonus casa')).toContainText(`Copia di «${TITLES.bonus}»`);
  await expect(rowOf(page, 'Bonus casa').locator('.status-badge')).toHaveText('Bozza');
  await expect(rowOf(page, TITLES.bonus).locator('.status-badge')).toHaveText('Pubblicato');

  // The original keeps its texts, amounts and requirements.
  await rowOf(page, TITLES.bonus).getByRole('link', { name: `Scheda di «${TITLES.bonus}»` }).click();
  await expect(page.getByLabel('Titolo del servizio')).toHaveValue(TITLES.bonus);
  await expect(page.getByRole('textbox', { name: 'Cosa si ottiene', exact: true })).toHaveValue(/150 € per una persona/);
  await page.getByRole('link', { name: 'Requisiti' }).click();
  await expect(page.getByLabel('Messaggio se non è soddisfatto').nth(1)).toHaveValue('L\'ISEE corrente non deve superare 16.500 €.');
  await page.getByRole('link', { name: 'Impostazioni tecniche' }).click();
  await expect(page.getByLabel('Registro di protocollo')).toHaveValue('Protocollo generale');

  // And the copy kept its technical settings too (protocol is what copying used to lose).
  await page.goto(copyUrl.replace(/scheda$/, 'impostazioni'));
  await expect(page.getByLabel('Registro di protocollo')).toHaveValue('Protocollo generale');
  await expect(page.getByLabel('Nome').first()).toHaveValue('Caricamento su tessera sanitaria');
});
