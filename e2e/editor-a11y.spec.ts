import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createServiceAndOpenEditor, inspector, nodeCard, paletteItem } from './support/editor';

test('the editor has its four named areas and axe finds no violation, empty or full, with errors shown', async ({ page }) => {
  await page.setViewportSize({ width: 1500, height: 900 });
  await createServiceAndOpenEditor(page);
  for (const [role, name] of [
    ['complementary', 'Elementi'],
    ['region', 'Area di lavoro'],
    ['complementary', 'Proprietà'],
    ['region', 'Anteprima'],
  ] as const) {
    await expect(page.getByRole(role, { name })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  for (const type of ['Testo breve', 'Scelta singola', 'Sezione', 'Allegato', 'Dati del richiedente', 'Testo informativo', 'Pagamento']) {
    await paletteItem(page, type).click();
  }
  await expectNoAxeViolations(page);

  // Inline errors: empty label, taken key.
  await nodeCard(page, 'Testo breve').click();
  await inspector(page).getByLabel('Etichetta').fill('');
  await inspector(page).getByLabel('Chiave del campo').fill('scelta_singola');
  await expect(inspector(page).getByText('La chiave «scelta_singola» è già usata da un altro campo di questo servizio.')).toBeVisible();
  await expectNoAxeViolations(page);

  // With the preview closed, and in English.
  await page.getByRole('button', { name: 'Anteprima' }).click();
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.getByRole('region', { name: 'Workspace' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('for an official, technical props are read-only with a note', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mattoncini.role', 'official'));
  await createServiceAndOpenEditor(page);
  await paletteItem(page, 'Testo breve').click();
  const technical = inspector(page).getByRole('group', { name: 'Impostazioni tecniche' });
  await expect(technical.getByText('Riservate al personale tecnico')).toBeVisible();
  await expect(technical.getByLabel('Chiave di integrazione')).not.toBeEditable();
  await expect(inspector(page).getByLabel('Etichetta')).toBeEditable();
  await expectNoAxeViolations(page);
});
