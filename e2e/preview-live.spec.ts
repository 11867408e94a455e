/**
 * The live preview beside the canvas: an edit shows in the citizen's page
 * at once, the answers typed so far survive the edit, and the answers of a
 * run can be saved as a persona that is kept with the service.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServiceAndOpenEditor, inspector, paletteItem, waitSaved } from './support/editor';
import { citizenFrame } from './preview-fixtures';

test.use({ viewport: { width: 1600, height: 1000 } });

const pane = (page: Page) => page.getByRole('region', { name: 'Anteprima' });

/** From the service page to the first step: "Accedi al servizio", SPID, "Inizia la domanda". */
async function startApplication(page: Page) {
  const frame = citizenFrame(page);
  await frame.getByRole('button', { name: 'Accedi al servizio' }).click();
  await frame.getByRole('button', { name: 'Entra con SPID' }).click();
  await frame.getByRole('button', { name: 'Inizia la domanda' }).click();
}

test('a label edited in the inspector shows in the preview at once, and the answer typed stays', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await paletteItem(page, 'Testo breve').click();
  await startApplication(page);
  const frame = citizenFrame(page);
  await frame.getByLabel('Testo breve').fill('AB123CD');

  // Time from the keystroke in the inspector to the new label in the frame, measured in the page.
  const labelInput = await inspector(page).getByLabel('Etichetta').elementHandle();
  await page.evaluate((input) => {
    const w = window as unknown as { __edit?: number; __shown?: number };
    input!.addEventListener('input', () => (w.__edit ??= performance.now()), { capture: true });
    const doc = document.querySelector<HTMLIFrameElement>('iframe[title^="Anteprima"]')!.contentDocument!;
    new MutationObserver(() => {
      if (w.__shown === undefined && doc.body.textContent?.includes('Targa del veicolo')) w.__shown = performance.now();
    }).observe(doc.body, { subtree: true, childList: true, characterData: true });
  }, labelInput);
  await inspector(page).getByLabel('Etichetta').fill('Targa del veicolo');
  await expect(frame.getByLabel('Targa del veicolo')).toHaveValue('AB123CD');
  const latency = await page.evaluate(() => {
    const w = window as unknown as { __edit: number; __shown: number };
    return w.__shown - w.__edit;
  });
  test.info().annotations.push({ type: 'latency', description: `${Math.round(latency)} ms` });
  expect(latency).toBeLessThan(100);

  // A second field; the first answer is still there.
  await paletteItem(page, 'Email').click();
  await expect(frame.getByLabel('Email')).toBeVisible();
  await expect(frame.getByLabel('Targa del veicolo')).toHaveValue('AB123CD');
});

test('the answers of a run are saved as a persona, outside undo, kept after a reload, and replayed', async ({ page }) => {
  await createServiceAndOpenEditor(page);
  await paletteItem(page, 'Testo breve').click();
  await inspector(page).getByLabel('Etichetta').fill('Numero di componenti');
  await startApplication(page);
  const frame = citizenFrame(page);
  await frame.getByLabel('Numero di componenti').fill('quattro');
  await paletteItem(page, 'Email').click();
  await expect(frame.getByLabel('Email')).toBeVisible();

  await pane(page).getByRole('button', { name: 'Salva come persona' }).click();
  await pane(page).getByLabel('Nome della persona').fill('Famiglia con ISEE basso');
  await pane(page).getByRole('button', { name: 'Salva', exact: true }).click();
  await expect(pane(page).getByLabel('Persona', { exact: true })).toHaveValue(/^persona:/);

  // "Annulla" undoes the last edit (the Email field), not the persona.
  await page.getByRole('button', { name: 'Annulla', exact: true }).click();
  await expect(frame.getByLabel('Email')).toHaveCount(0);
  await expect(pane(page).getByRole('option', { name: 'Famiglia con ISEE basso' })).toHaveCount(1);
  await waitSaved(page);

  await page.reload();
  await pane(page).getByLabel('Persona', { exact: true }).selectOption({ label: 'Famiglia con ISEE basso' });
  await frame.getByRole('button', { name: 'Inizia la domanda' }).click();
  await expect(frame.getByLabel('Numero di componenti')).toHaveValue('quattro');
});
