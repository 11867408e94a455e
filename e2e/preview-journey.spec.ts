/**
 * The citizen's journey in the full-screen preview, on "Buoni spesa": the
 * service page with Designers Italia's sections, SPID login, requirements,
 * four steps typed by hand with Italian validation messages, the summary with
 * "Modifica", and the receipt with the expected response date. A scheduled
 * service says when it opens and cannot be started.
 */
import { expect, test, type Page } from '@playwright/test';
import { buoniSpesa, buoniSpesaScheduled, citizenFrame, seedServices } from './preview-fixtures';

async function open(page: Page, id: string) {
  await page.goto(`/servizi/${id}/anteprima`);
  await expect(citizenFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
}

/** Sets the "as of" field (Rome wall time). */
async function asOf(page: Page, value: string) {
  await page.getByLabel('Data e ora').fill(value);
}

test('the service page has the Designers Italia sections, in order, with their data-element', async ({ page }) => {
  await seedServices(page, [buoniSpesa()]);
  await open(page, 'e2e-preview-buoni-spesa');
  const frame = citizenFrame(page);
  await expect(frame.locator('[data-element="service-title"]')).toHaveText('Buoni spesa – bonus alimentare');
  await expect(frame.locator('[data-element="service-status"]')).toHaveText('Servizio attivo');
  await expect(frame.locator('[data-element="breadcrumb"] li')).toHaveText(['Home/', 'Servizi/', 'Assistenza sociale/', 'Buoni spesa – bonus alimentare']);
  const required = ['A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze', 'Accedi al servizio', 'Condizioni di servizio', 'Contatti'];
  const index = await frame.locator('[data-element="page-index"] li').allTextContents();
  expect(index.filter((label) => required.includes(label))).toEqual(required);
  const headings = await frame.locator('.it-page-section h2').allTextContents();
  expect(headings.filter((label) => required.includes(label))).toEqual(required);
  for (const element of [
    'service-description',
    'service-addressed',
    'service-how-to',
    'service-needed',
    'service-achieved',
    'service-calendar-text',
    'service-online-access',
    'service-file',
    'service-area',
  ]) {
    await expect(frame.locator(`[data-element="${element}"]`), element).toHaveCount(1);
  }
  await expect(frame.locator('[data-element="service-topic"]')).toHaveText(['Famiglia', 'Sostegno al reddito']);
  const ld = JSON.parse((await frame.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'GovernmentService', name: 'Buoni spesa – bonus alimentare', serviceType: 'Assistenza sociale' });
});

test('completes "Buoni spesa" by hand, from the service page to the receipt', async ({ page }) => {
  await seedServices(page, [buoniSpesa()]);
  await open(page, 'e2e-preview-buoni-spesa');
  await page.getByRole('button', { name: 'Smartphone' }).click();
  await asOf(page, '2026-03-10T09:00');
  const frame = citizenFrame(page);

  await frame.getByRole('button', { name: 'Accedi al servizio' }).click();
  await expect(frame.getByText('Accesso simulato: nell’anteprima entri come Mario Rossi.')).toBeVisible();
  await frame.getByRole('button', { name: 'Entra con SPID' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Requisiti' })).toBeVisible();
  await expect(frame.locator('[data-status="pending"]')).toContainText('ISEE fino a 9.360 €');
  await frame.getByRole('button', { name: 'Inizia la domanda' }).click();

  // Step 1: SPID filled name, surname, codice fiscale, birth date, email; the address is the citizen's to type.
  await expect(frame.getByRole('heading', { level: 1, name: 'Richiedente' })).toBeVisible();
  await expect(frame.getByLabel('Codice fiscale')).toHaveValue('RSSMRA85T10A182H');
  await frame.getByRole('button', { name: 'Avanti' }).click();
  await expect(frame.getByText('Il campo «Via, piazza…» è obbligatorio').first()).toBeVisible();
  await frame.getByLabel('Via, piazza…').fill('Via Roma');
  await frame.getByLabel('Numero civico').fill('1');
  await frame.getByLabel('CAP').fill('15121');
  await frame.getByLabel(/^Comune\*?$/).fill('Alessandria');
  await frame.getByLabel('Provincia').fill('AL');
  await frame.getByRole('button', { name: 'Avanti' }).click();

  // Step 2: a conditional field appears only after "Sì".
  await expect(frame.getByRole('heading', { level: 1, name: 'Situazione economica' })).toBeVisible();
  await frame.getByLabel('Valore ISEE (€)').fill('6200.5');
  await frame.getByLabel('Data di scadenza dell’attestazione').fill('2026-12-31');
  await frame.getByLabel('Numero di protocollo DSU').fill('INPS-ISEE-2026-12345A789-00');
  await expect(frame.getByLabel('Importo mensile dei sostegni (€)')).toHaveCount(0);
  await frame.getByRole('radio', { name: 'Sì' }).check();
  await expect(frame.getByLabel('Importo mensile dei sostegni (€)')).toBeVisible();
  await frame.getByRole('radio', { name: 'No' }).check();
  await expect(frame.getByLabel('Importo mensile dei sostegni (€)')).toHaveCount(0);
  await frame.getByRole('radio', { name: 'Di proprietà' }).check();
  await frame.getByRole('button', { name: 'Avanti' }).click();

  // Step 3: household.
  await expect(frame.getByRole('heading', { level: 1, name: 'Nucleo familiare' })).toBeVisible();
  await frame.getByLabel('Persone nel nucleo').fill('1');
  await frame.getByLabel('Nome e cognome').fill('Mario Rossi');
  await frame.getByLabel('Codice fiscale').fill('RSSMRA85T10A182H');
  await frame.getByLabel('Data di nascita').fill('1985-12-10');
  await frame.getByRole('button', { name: 'Avanti' }).click();

  // Step 4: the last step leads to the summary.
  await expect(frame.getByRole('heading', { level: 1, name: 'Accredito e consenso' })).toBeVisible();
  await frame.getByLabel('IBAN').fill('IT60X0542811101000000123456');
  await frame.getByRole('checkbox').check();
  await frame.getByRole('button', { name: 'Vai al riepilogo' }).click();

  // Summary, with a round trip through "Modifica".
  await expect(frame.getByRole('heading', { level: 1, name: 'Riepilogo' })).toBeVisible();
  await expect(frame.getByRole('region', { name: 'Situazione economica' })).toContainText('Di proprietà');
  await frame.getByRole('button', { name: 'Modifica «Nucleo familiare»' }).click();
  await expect(frame.getByLabel('Persone nel nucleo')).toHaveValue('1');
  await frame.getByRole('button', { name: 'Vai al riepilogo' }).click();
  await expect(frame.getByRole('region', { name: 'Nucleo familiare' })).toContainText('Mario Rossi');

  await frame.getByRole('button', { name: 'Invia la domanda' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Domanda inviata' })).toBeVisible();
  await expect(frame.getByTestId('receipt-number')).toHaveText('E2EPRE-20260310-000001');
  await expect(frame.getByTestId('receipt')).toContainText('martedì 10 marzo 2026, 09:00');
  // 30 days after 10 March 2026.
  await expect(frame.getByTestId('receipt-expected')).toContainText('giovedì 9 aprile 2026');
});

test('a persona with a high ISEE is stopped at the summary with the requirement’s message', async ({ page }) => {
  const def = buoniSpesa();
  def.personas[0] = { ...def.personas[0], id: 'persona-isee-alto', name: 'Famiglia con ISEE alto' };
  (def.personas[0].answers.isee as { value: number }).value = 15000;
  await seedServices(page, [def]);
  await open(page, def.id);
  await page.getByLabel('Persona', { exact: true }).selectOption({ label: 'Famiglia con ISEE alto' });
  const frame = citizenFrame(page);
  await expect(frame.locator('[data-status="unmet"]')).toContainText('Il valore ISEE del nucleo supera la soglia di 9.360 €.');
  await frame.getByRole('button', { name: 'Inizia la domanda' }).click();
  for (let i = 0; i < 3; i += 1) await frame.getByRole('button', { name: 'Avanti' }).click();
  await frame.getByRole('button', { name: 'Vai al riepilogo' }).click();
  await expect(frame.getByRole('alert')).toContainText('Il valore ISEE del nucleo supera la soglia di 9.360 €.');
  await expect(frame.getByRole('button', { name: 'Invia la domanda' })).toBeDisabled();
});

test('a scheduled service says when it opens, cannot be started before, and closes', async ({ page }) => {
  await seedServices(page, [buoniSpesaScheduled()]);
  await open(page, 'e2e-preview-buoni-programmato');
  const frame = citizenFrame(page);
  await expect(frame.locator('[data-element="service-status"]')).toHaveText('Servizio non attivo');
  await expect(frame.getByRole('status').filter({ hasText: 'Il servizio apre il' })).toHaveText('Il servizio apre il 1 marzo 2099.');
  await expect(frame.getByRole('button', { name: 'Accedi al servizio' })).toBeDisabled();
  await expect(frame.locator('[data-element="service-calendar-text"]')).toContainText('Domande dal 1 marzo 2099 al 31 marzo 2099.');

  // Midnight in Rome is the boundary.
  await asOf(page, '2099-02-28T23:59');
  await expect(frame.getByRole('button', { name: 'Accedi al servizio' })).toBeDisabled();
  await asOf(page, '2099-03-01T00:00');
  await expect(frame.locator('[data-element="service-status"]')).toHaveText('Servizio attivo');
  await expect(frame.getByText('Puoi presentare la domanda fino al 31 marzo 2099.')).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Accedi al servizio' })).toBeEnabled();

  await page.getByRole('button', { name: 'Dopo la chiusura' }).click();
  await expect(frame.locator('[data-element="service-status"]')).toHaveText('Servizio non attivo');
  await expect(frame.getByText('Il servizio è chiuso dal 1 aprile 2099.')).toBeVisible();

  await page.getByRole('button', { name: 'Prima dell’apertura' }).click();
  await expect(frame.getByText('Il servizio apre il 1 marzo 2099.')).toBeVisible();
});
