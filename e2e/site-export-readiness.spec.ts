/**
 * The card editor says, section by section, what the service's page on the
 * Comune's site would lack for the national checker, and a summary at the
 * top; the notes follow the official's typing and never block an edit.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf, templateTitles, waitCardSaved } from './support/catalog';

const title = templateTitles().find((t) => t.includes('Anagrafe'))!;

test('the card editor warns under «Contatti» and «Come fare», and the summary follows the fixes', async ({ page }) => {
  await page.goto('/');
  await rowOf(page, title).getByRole('link', { name: `Scheda di «${title}»` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheda del servizio' })).toBeVisible();

  const summary = page.locator('.readiness-summary');
  const contacts = page.locator('#contatti');
  // The flagship template is complete: no note, and the summary says so.
  await expect(summary).toHaveText(/La scheda ha tutto ciò che il validatore nazionale dei siti dei Comuni controlla/);
  await expect(page.locator('.readiness-note')).toHaveCount(0);

  // An address without CAP: the JSON-LD postal address would lack it.
  await contacts.getByLabel('Indirizzo').fill('Piazza della Repubblica 1, Borgo Esempio (piano terra)');
  await expect(summary).toContainText('Manca 1 elemento perché la pagina del servizio superi i controlli del validatore nazionale:');
  await expect(contacts.locator('.readiness-note')).toContainText('«Contatti»: aggiungi il CAP all’indirizzo dell’ufficio');
  await expect(page.locator('.readiness-note')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The summary's link leads to the section.
  await summary.getByRole('link', { name: /Vai a «Contatti»/ }).click();
  await expect(page).toHaveURL(/#contatti$/);

  // Emptying «Come fare» adds a note under it (and is saved: a warning never blocks an edit).
  const howTo = page.locator('#come-fare');
  await howTo.getByRole('textbox').fill('');
  await expect(howTo.locator('.readiness-note')).toHaveText(/«Come fare»: scrivi il testo della sezione \(almeno 3 caratteri\)\./);
  await expect(summary).toContainText('Mancano 2 elementi');
  await waitCardSaved(page);

  // Fixing both: the notes go away and the summary says the page is complete.
  await howTo.getByRole('textbox').fill('1. Scegli il giorno.\n2. Conferma con la tua email.');
  await contacts.getByLabel('Indirizzo').fill('Piazza della Repubblica 1, 00100 Borgo Esempio (piano terra)');
  await expect(page.locator('.readiness-note')).toHaveCount(0);
  await expect(summary).toHaveText(/La scheda ha tutto ciò che il validatore nazionale dei siti dei Comuni controlla/);
  await waitCardSaved(page);
  await page.reload();
  await expect(page.locator('.readiness-summary')).toContainText('La scheda ha tutto');
});
