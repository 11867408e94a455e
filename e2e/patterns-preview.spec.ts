/**
 * Each pattern's own citizen steps in the live preview, on the flagship
 * templates opened from the catalogue: pick a slot (booking), pay in the
 * simulated pagoPA checkout (fine), read the instalment plan (canteen), the
 * amount with its bracket (benefit), the score with its breakdown (ranking),
 * the expected decision and validity (permit) — to the receipt. Then a
 * booking and a payment built from "Nuovo servizio" and completed in the
 * preview. axe checks the new steps (frames included).
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf } from './support/catalog';
import { createServiceAndOpenEditor, dragTo, paletteItem, stepCard } from './support/editor';
import { citizenFrame } from './preview-fixtures';

test.use({ viewport: { width: 1600, height: 1000 } });

const pane = (page: Page) => page.getByRole('region', { name: 'Anteprima' });

/** Opens a template from the catalogue in the editor, with its live preview beside the canvas. */
async function openTemplate(page: Page, title: string) {
  await page.goto('/');
  const link = rowOf(page, title).getByRole('link', { name: `Apri «${title}» nell’editor` });
  await link.click();
  await page.waitForURL(/\/editor$/);
  await expect(citizenFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
}

/** Sets the preview's "as of" (Rome wall time), then replays a saved persona. */
async function replay(page: Page, persona: string, asOf?: string) {
  if (asOf) await pane(page).getByLabel('Data e ora').fill(asOf);
  await pane(page).getByLabel('Persona', { exact: true }).selectOption({ label: persona });
  await citizenFrame(page).getByRole('button', { name: 'Inizia la domanda' }).click();
}

/** "Avanti" until the step titled `title` (or the summary) is on screen. */
async function goTo(frame: FrameLocator, title: string) {
  const heading = frame.getByRole('heading', { level: 1 });
  for (let i = 0; i < 12; i += 1) {
    await expect(heading).not.toHaveText('');
    if ((await heading.textContent()) === title) return;
    const before = await heading.textContent();
    await frame.getByRole('button', { name: /^(Avanti|Vai al riepilogo)$/ }).click();
    await expect(heading).not.toHaveText(before ?? '');
  }
  throw new Error(`Passo «${title}» non raggiunto`);
}

async function submit(frame: FrameLocator) {
  await frame.getByRole('button', { name: 'Invia la domanda' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Domanda inviata' })).toBeVisible();
}

async function axe(page: Page, what: string) {
  await test.step(`axe: ${what}`, async () => {
    await page.waitForTimeout(100);
    await expectNoAxeViolations(page, '.editor-preview');
  });
}

test('booking (CIE at the Anagrafe): pick a slot with the mouse and the arrow keys, see it confirmed on the receipt', async ({ page }) => {
  await openTemplate(page, 'Prenotazione appuntamento all’Ufficio Anagrafe per la carta d’identità elettronica');
  // Monday 1 March 2027, 10:00: 24 hours of notice, so the first slots are on Tuesday 2 from 10:10.
  // The toolbar says what a citizen sees: the template is published.
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Pubblicato');
  await replay(page, 'Adulto che rinnova la carta in scadenza', '2027-03-01T10:00');
  const frame = citizenFrame(page);
  await goTo(frame, 'Giorno e ora');

  const picker = frame.getByTestId('slot-picker');
  await expect(picker.getByTestId('slot-chosen')).toContainText('Hai scelto: martedì 9 marzo 2027, 09:30');
  // The picker opens on the days of the slot chosen; the first free days come before.
  await expect(picker.getByRole('radio', { name: 'martedì 9 marzo 2027, 09:30, 2 posti liberi' })).toBeChecked();
  await picker.getByRole('button', { name: 'Giorni precedenti' }).click();
  const tuesday = picker.getByRole('group', { name: 'martedì 2 marzo 2027' });
  await expect(tuesday.getByRole('radio').first()).toHaveAccessibleName('martedì 2 marzo 2027, 10:10, 2 posti liberi');
  await axe(page, 'slot picker');

  // The mouse clicks the time shown on the button.
  await tuesday.getByText('11:10', { exact: true }).click();
  await expect(picker.getByRole('radio', { name: 'martedì 2 marzo 2027, 11:10, 2 posti liberi' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(picker.getByRole('radio', { name: 'martedì 2 marzo 2027, 11:30, 2 posti liberi' })).toBeChecked();
  await expect(picker.getByTestId('slot-chosen')).toContainText('Puoi annullare entro lunedì 1 marzo 2027.');
  // The window goes on after the first page of days.
  await picker.getByRole('button', { name: 'Giorni successivi' }).click();
  await expect(picker.getByRole('group', { name: 'lunedì 8 marzo 2027' })).toBeVisible();
  await picker.getByRole('button', { name: 'Giorni precedenti' }).click();

  await goTo(frame, 'Riepilogo');
  const summary = frame.getByTestId('summary-pattern-appuntamento');
  await expect(summary).toContainText('Data e ora: martedì 2 marzo 2027, 11:30');
  await axe(page, 'summary with the appointment');
  await submit(frame);
  const receipt = frame.getByTestId('receipt-pattern-appuntamento');
  await expect(receipt).toContainText('Data e ora: martedì 2 marzo 2027, 11:30');
  await expect(receipt).toContainText('Piazza della Repubblica 1, 40100 Borgo Esempio');
  await expect(receipt).toContainText('Puoi annullare entro lunedì 1 marzo 2027');
  await axe(page, 'receipt with the appointment');
});

test('payment due (fine): the band by days since notification, the simulated pagoPA checkout, the payment receipt', async ({ page }) => {
  await openTemplate(page, 'Pagamento sanzioni (multe) al Codice della strada');
  // Notified on 12 June 2026; two days later the 30% discount applies: 29,40 € + 14,50 € of costs.
  await replay(page, 'Automobilista con verbale a mano che paga subito', '2026-06-14T10:00');
  const frame = citizenFrame(page);
  await goTo(frame, 'Pagamento');
  const slot = frame.getByTestId('mattoncini-pattern');
  await expect(slot.getByTestId('pattern-headline')).toHaveText('Importo da pagare: 43,90 €');
  await expect(slot.getByRole('row', { name: /Entro 5 giorni/ })).toHaveAttribute('aria-current', 'true');
  await expect(slot.getByRole('row', { name: /Dopo il 60° giorno/ })).toContainText('101,00 €');
  await axe(page, 'fine bands');

  await goTo(frame, 'Riepilogo');
  await expect(frame.getByRole('button', { name: 'Invia la domanda' })).toBeDisabled();
  await frame.getByRole('button', { name: 'Paga con pagoPA' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Paga con pagoPA' })).toBeVisible();
  await expect(frame.getByTestId('checkout-amount')).toHaveText('43,90 €');
  await expect(frame.getByTestId('checkout-notice-code')).toHaveText('3012 0260 0045 1200 59');
  await expect(frame.getByTestId('checkout-details')).toContainText('Sanzione Codice della strada - Polizia locale');
  await axe(page, 'checkout');
  await frame.getByRole('radio', { name: /^Conto corrente/ }).check();
  await frame.getByRole('radio', { name: /^Poste Esempio/ }).check();
  await frame.getByRole('button', { name: 'Paga 45,40 €' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Pagamento riuscito' })).toBeVisible();
  await axe(page, 'payment successful');
  await frame.getByRole('button', { name: 'Torna al servizio' }).click();
  await expect(frame.getByTestId('summary-payment-pagamento')).toContainText('Pagato');

  await submit(frame);
  const payment = frame.getByTestId('payment-receipt');
  await expect(payment.getByTestId('payment-amount')).toHaveText('43,90 €');
  await expect(payment.getByTestId('payment-notice-code')).toHaveText('3012 0260 0045 1200 59');
  await expect(payment.getByTestId('payment-iuv')).toHaveText('202600045120059');
  await expect(payment.getByTestId('payment-date')).toHaveText('domenica 14 giugno 2026, 10:00');
  await expect(frame.getByTestId('receipt-pattern-pagamento')).toContainText('Fascia');
});

test('recurring payment (school canteen): the monthly quota and the plan of 9 instalments, to the receipt', async ({ page }) => {
  await openTemplate(page, 'Iscrizione e pagamento della mensa scolastica');
  await replay(page, 'Famiglia residente con ISEE basso, tempo pieno', '2027-06-10T10:00');
  const frame = citizenFrame(page);
  await goTo(frame, 'Tariffa e pagamento');
  const slot = frame.getByTestId('mattoncini-pattern');
  await expect(slot.getByTestId('pattern-headline')).toHaveText('Importo di ogni rata: 40,00 €');
  const plan = slot.getByRole('table', { name: 'Piano delle rate' });
  await expect(plan.getByRole('row')).toHaveCount(11);
  await expect(plan.getByRole('row', { name: /^6ª/ })).toContainText('29/2/2028');
  await axe(page, 'instalment plan');
  await goTo(frame, 'Riepilogo');
  // Instalments are paid on pagoPA notices, not before submitting.
  await expect(frame.getByRole('button', { name: 'Paga con pagoPA' })).toHaveCount(0);
  await submit(frame);
  await expect(frame.getByTestId('receipt-pattern-retta')).toContainText('Totale360,00 €');
});

test('benefit (Pisa food vouchers): 3 members get 400 €, with the bracket that gives it', async ({ page }) => {
  await openTemplate(page, 'Buoni spesa – Bonus alimentare');
  await replay(page, 'Famiglia con ISEE basso (3 persone)');
  const frame = citizenFrame(page);
  await goTo(frame, 'Contributo e accredito');
  await expect(frame.getByTestId('mattoncini-pattern').getByTestId('pattern-headline')).toHaveText('Importo riconosciuto: 400,00 €');
  await axe(page, 'benefit');
  await goTo(frame, 'Riepilogo');
  const summary = frame.getByTestId('summary-pattern-beneficio');
  await expect(summary).toContainText('Importo riconosciuto: 400,00 €');
  await expect(summary).toContainText('Numero di Componenti del nucleo familiare: 3 — fascia «fino a 3»');
  await submit(frame);
  await expect(frame.getByTestId('receipt-pattern-beneficio')).toContainText('Importo riconosciuto: 400,00 €');
  await expect(frame.getByTestId('receipt-pattern-beneficio')).toContainText('IT60 X054 2811 1010 0000 0123 456');
});

test('ranking (nursery): the provisional score with its breakdown per criterion, on the summary and the receipt', async ({ page }) => {
  await openTemplate(page, 'Iscrizione all’asilo nido comunale – anno educativo 2027/2028');
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Programmato — apre il 1/3/2027');
  // Applications are open in March 2027.
  await replay(page, 'Famiglia con due genitori che lavorano e un figlio gemello', '2027-03-10T10:00');
  const frame = citizenFrame(page);
  await goTo(frame, 'ISEE e punteggio');
  const slot = frame.getByTestId('mattoncini-pattern');
  await expect(slot.getByTestId('pattern-headline')).toHaveText('Punteggio provvisorio: 49 punti');
  await expect(slot.getByRole('row', { name: /^Gemello \(A8\)/ })).toContainText('4 punti');
  await axe(page, 'score breakdown');
  await goTo(frame, 'Riepilogo');
  await expect(frame.getByTestId('summary-pattern-graduatoria')).toContainText('Punteggio provvisorio: 49 punti');
  await submit(frame);
  const receipt = frame.getByTestId('receipt-pattern-graduatoria');
  await expect(receipt).toContainText('Punteggio provvisorio: 49 punti');
  await expect(receipt.getByRole('table', { name: 'Punteggio per criterio' }).getByRole('row', { name: /^Totale/ })).toContainText('49 punti');
  await expect(receipt).toContainText('Pubblicazione della graduatorialunedì 31 maggio 2027');
});

test('permit (CUDE): the expected decision date, the validity and the renewal date, on the summary and the receipt', async ({ page }) => {
  await openTemplate(page, 'Contrassegno di parcheggio per persone con disabilità (CUDE)');
  await replay(page, 'Pensionato con invalidità permanente, primo rilascio con ZTL', '2027-02-01T10:00');
  const frame = citizenFrame(page);
  await goTo(frame, 'Riepilogo');
  const summary = frame.getByTestId('summary-pattern-contrassegno');
  await expect(summary).toContainText('Risposta entro: mercoledì 3 marzo 2027');
  await expect(summary).toContainText('5 anni dal rilascio, fino a mercoledì 3 marzo 2032');
  await expect(summary).toContainText('Si può chiedere da giovedì 4 dicembre 2031');
  // The temporary permit is hidden for a permanent condition: no box of its own.
  await expect(frame.getByTestId('summary-pattern-contrassegno_temporaneo')).toHaveCount(0);
  await axe(page, 'permit summary');
  await submit(frame);
  const receipt = frame.getByTestId('receipt-pattern-contrassegno');
  await expect(receipt).toContainText('Risposta entro: mercoledì 3 marzo 2027');
  await expect(receipt).toContainText('fino a mercoledì 3 marzo 2032');
  await expect(receipt).toContainText('verbale-inps.pdf');
});

/** From the service page to the first step of a new service's preview. */
async function start(frame: FrameLocator) {
  await frame.getByRole('button', { name: 'Accedi al servizio' }).click();
  await frame.getByRole('button', { name: 'Entra con SPID' }).click();
  await frame.getByRole('button', { name: 'Inizia la domanda' }).click();
}

test('a booking dropped from the palette into «Nuovo servizio» is completed in the preview', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Bozza');
  await dragTo(page, paletteItem(page, 'Prenotazione appuntamento'), stepCard(page, 1).locator('.node-list-empty'), 'inside');
  const frame = citizenFrame(page);
  await start(frame);
  const first = frame.getByTestId('slot-picker').getByRole('radio').first();
  // Its name, «martedì 1 dicembre 2026, 09:20, 1 posto libero», gives the day and the time (today's clock decides which).
  const name = await first.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '');
  const when = /^(.*?, \d\d:\d\d),/.exec(name)?.[1];
  expect(when, name).toBeTruthy();
  await frame.getByTestId('slot-picker').locator('label.slot-label').first().click();
  await expect(first).toBeChecked();
  await frame.getByRole('button', { name: 'Vai al riepilogo' }).click();
  await submit(frame);
  await expect(frame.getByTestId('receipt-pattern-appuntamento')).toContainText(`Data e ora: ${when}`);
  // The toolbar's badge follows the interface language.
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Draft');
});

test('a payment dropped from the palette, set to be paid before submitting, is paid in the preview’s checkout', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await dragTo(page, paletteItem(page, 'Pagamento'), stepCard(page, 1).locator('.node-list-empty'), 'inside');
  const inspector = page.getByRole('complementary', { name: 'Proprietà' });
  await page.getByRole('region', { name: 'Area di lavoro' }).getByText('Retta della mensa scolastica', { exact: true }).click();
  await inspector.getByLabel('Quando si paga').selectOption({ label: 'Prima dell’invio della domanda' });
  const frame = citizenFrame(page);
  await start(frame);
  // Without ISEE and residence the canteen formula gives the full fee: 4,50 € × 20 meals.
  await expect(frame.getByTestId('mattoncini-pattern').getByTestId('pattern-headline')).toHaveText('Importo da pagare: 90,00 €');
  await frame.getByRole('button', { name: 'Vai al riepilogo' }).click();
  await frame.getByRole('button', { name: 'Paga con pagoPA' }).click();
  await expect(frame.getByTestId('checkout-amount')).toHaveText('90,00 €');
  await frame.getByRole('button', { name: 'Paga 90,80 €' }).click();
  await frame.getByRole('button', { name: 'Torna al servizio' }).click();
  await submit(frame);
  await expect(frame.getByTestId('payment-receipt').getByTestId('payment-amount')).toHaveText('90,00 €');
  await expect(frame.getByTestId('payment-receipt').getByTestId('payment-iuv')).toHaveText(/^\d{15}$/);
});
