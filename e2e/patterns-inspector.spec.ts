/**
 * The pattern blocks configured without code, in the inspector: a ranking's
 * criteria and its simulator, a booking's opening hours, and axe on the
 * inspector with each of the five patterns selected.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { canvas, createServiceAndOpenEditor, dragTo, inspector, nodeCard, paletteItem, stepCard } from './support/editor';

/** Selects a node by clicking its card, and waits for its inspector. */
async function select(page: Page, label: string, type: string) {
  await nodeCard(page, label).click();
  await expect(inspector(page).getByRole('heading', { name: type, level: 3 })).toBeVisible();
}

test('a ranking gets a criterion with points, then «Simula» ranks 200 generated applications', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await dragTo(page, paletteItem(page, 'Graduatoria'), stepCard(page, 1).locator('.node-list-empty'), 'inside');
  await select(page, 'Punteggio in graduatoria', 'Graduatoria');

  const criteria = inspector(page).getByRole('group', { name: 'Criteri di punteggio' });
  await criteria.getByRole('button', { name: 'Aggiungi un criterio' }).click();
  const name = criteria.getByLabel('Criterio 6', { exact: true });
  await expect(name).toBeFocused();
  await name.fill('Residenza nel Comune da almeno cinque anni');
  const formula = criteria.getByRole('group', { name: 'Punti del criterio 6' });
  await formula.getByLabel('Numero (Punti del criterio 6)').fill('12');
  await expect(criteria.locator('.pattern-items > li').nth(5)).toContainText('Punti: 12');
  await expect(nodeCard(page, 'Punteggio in graduatoria')).toContainText('6 criteri');

  await inspector(page).getByRole('button', { name: 'Simula' }).click();
  const dialog = page.getByRole('dialog', { name: 'Simula la graduatoria' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Numero di domande di prova').fill('200');
  await dialog.getByRole('button', { name: 'Genera 200 domande di prova' }).click();
  await expect(dialog.getByText('200 domande di prova generate', { exact: false })).toBeVisible();
  const table = dialog.getByRole('table', { name: /Graduatoria simulata: domande da 1 a \d+ di 200/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Residenza nel Comune da almeno cinque anni' })).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Ammessa');
  const chart = dialog.getByRole('figure', { name: /Distribuzione dei punteggi/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg.sim-chart-svg')).toBeVisible();
  await expect(chart).toContainText('200 domande');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(inspector(page).getByRole('button', { name: 'Simula' })).toBeFocused();
});

test('a booking’s Tuesday hours change in the inspector and on the canvas', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await dragTo(page, paletteItem(page, 'Prenotazione appuntamento'), stepCard(page, 1).locator('.node-list-empty'), 'inside');
  const label = 'Appuntamento per la carta d’identità elettronica';
  await select(page, label, 'Prenotazione appuntamento');

  const tuesday = inspector(page).getByRole('group', { name: 'Martedì' });
  const to = tuesday.getByLabel('Martedì, fascia 1: alle');
  await expect(to).toHaveValue('15:30');
  await to.fill('13:00');
  // From the keyboard: past the range's delete button to "+ Fascia", Enter adds the afternoon.
  await page.keyboard.press('Tab');
  await expect(tuesday.getByRole('button', { name: 'Elimina la fascia 1 di Martedì' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tuesday.getByRole('button', { name: 'Aggiungi una fascia a Martedì' })).toBeFocused();
  await page.keyboard.press('Enter');
  const from2 = tuesday.getByLabel('Martedì, fascia 2: dalle');
  await expect(from2).toBeFocused();
  await expect(from2).toHaveValue('14:00');
  await tuesday.getByLabel('Martedì, fascia 2: alle').fill('16:30');
  await tuesday.getByLabel('Martedì, fascia 2: alle').blur();
  await expect(nodeCard(page, label)).toContainText('Mar 8:30–13:00, 14:00–16:30');

  // A range that ends before it starts is said inline, next to it.
  await from2.fill('17:00');
  await expect(tuesday.getByText('L’inizio (17:00) deve precedere la fine (16:30)')).toBeVisible();
  await expect(from2).toHaveAttribute('aria-invalid', 'true');

  // One undo step per field: back to 14:00.
  await page.getByRole('button', { name: 'Annulla', exact: true }).click();
  await expect(from2).toHaveValue('14:00');
});

test('axe finds nothing on the inspector with each pattern selected, its controls open', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  const patterns: Array<[string, string, string[]]> = [
    ['Richiesta di autorizzazione / permesso', 'Contrassegno di parcheggio per persone con disabilità (CUDE)', ['Tipi di file e chiave']],
    ['Graduatoria', 'Punteggio in graduatoria', ['Modifica i punti']],
    ['Pagamento', 'Retta della mensa scolastica', []],
    ['Beneficio economico', 'Buono spesa', []],
    ['Prenotazione appuntamento', 'Appuntamento per la carta d’identità elettronica', ['Aggiungi una chiusura']],
  ];
  for (const [type, label, open] of patterns) {
    await paletteItem(page, type).click();
    await expect(canvas(page).getByText(label, { exact: true })).toBeVisible();
    await select(page, label, type);
    for (const button of open) await inspector(page).getByRole('button', { name: button }).first().click();
    // Every lazily loaded control is there before axe looks.
    await expect(inspector(page).getByText(/^Caricamento di/)).toHaveCount(0);
    await expectNoAxeViolations(page, '.editor-inspector');
  }
});
