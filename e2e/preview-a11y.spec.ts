/**
 * axe finds no WCAG 2.1 A/AA violation in the preview — the back-office
 * controls and every citizen page inside the frame (axe checks frames too),
 * at smartphone and desktop width, errors shown included.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { buoniSpesa, buoniSpesaScheduled, citizenFrame, seedServices } from './preview-fixtures';

async function check(page: Page, what: string) {
  await test.step(what, async () => {
    await page.waitForTimeout(100);
    await expectNoAxeViolations(page);
  });
}

for (const width of ['Smartphone', 'Desktop'] as const) {
  test(`every page of the journey, ${width}`, async ({ page }) => {
    await seedServices(page, [buoniSpesa(), buoniSpesaScheduled()]);
    await page.goto('/servizi/e2e-preview-buoni-spesa/anteprima');
    await page.getByRole('button', { name: width }).click();
    const frame = citizenFrame(page);
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await check(page, 'service page');

    await frame.getByRole('button', { name: 'Accedi al servizio' }).click();
    await check(page, 'login');
    await frame.getByRole('button', { name: 'Entra con SPID' }).click();
    await check(page, 'requirements');
    await frame.getByRole('button', { name: 'Inizia la domanda' }).click();
    await frame.getByRole('button', { name: 'Avanti' }).click();
    await expect(frame.getByText('Il campo «Via, piazza…» è obbligatorio').first()).toBeVisible();
    await check(page, 'step with errors');

    await page.getByLabel('Persona', { exact: true }).selectOption({ label: 'Famiglia con ISEE basso' });
    await frame.getByRole('button', { name: 'Inizia la domanda' }).click();
    await frame.getByRole('button', { name: 'Avanti' }).click();
    await check(page, 'sections and radio buttons');
    await frame.getByRole('button', { name: 'Avanti' }).click();
    await expect(frame.getByRole('button', { name: 'Rimuovi' })).toHaveCount(2);
    await check(page, 'repeatable group');
    await frame.getByRole('button', { name: 'Avanti' }).click();
    await check(page, 'last step');
    await frame.getByRole('button', { name: 'Vai al riepilogo' }).click();
    await check(page, 'summary');
    await frame.getByRole('button', { name: 'Invia la domanda' }).click();
    await expect(frame.getByRole('heading', { level: 1, name: 'Domanda inviata' })).toBeVisible();
    await check(page, 'receipt');

    await page.goto('/servizi/e2e-preview-buoni-programmato/anteprima');
    await page.getByRole('button', { name: width }).click();
    await expect(frame.locator('[data-element="service-status"]')).toHaveText('Servizio non attivo');
    await check(page, 'scheduled service page');
  });
}
