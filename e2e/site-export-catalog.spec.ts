/**
 * «Esporta sito» from the catalogue: the dialog asks the Comune's name
 * (refusing an empty one, remembering the last), the browser builds the
 * .zip and downloads it; unzipped and served, its pages are the site's.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { SITE_SECTION_LABELS } from '../src/compile/exporters/siteSections';
import { expectNoAxeViolations } from './support/axe';
import { templateTitles } from './support/catalog';
import { serveFolder } from './support/staticServer';

test('the catalogue downloads the site as a .zip holding every page, fonts and styles', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('row').filter({ hasText: templateTitles()[0] })).toHaveCount(1);
  await page.getByRole('button', { name: 'Esporta sito' }).click();
  const dialog = page.getByRole('dialog', { name: 'Esporta il sito dei servizi' });
  await expect(dialog).toContainText(`Il sito conterrà ${templateTitles().length} servizi pubblicati.`);
  await expectNoAxeViolations(page, 'dialog');

  // An empty name is refused with a message naming the field; nothing is downloaded.
  const name = dialog.getByLabel('Nome del Comune');
  await name.fill('  ');
  await dialog.getByRole('button', { name: 'Scarica il sito (.zip)' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Nome del Comune: scrivilo per esportare il sito.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.fill('Comune di Borgo Esempio');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Scarica il sito (.zip)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mattoncini-sito-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(dialog.getByRole('status')).toContainText(`pagine di servizio`);

  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const paths = Object.keys(files);
  for (const path of ['index.html', 'servizi/index.html', 'prenota-appuntamento/index.html', 'css/bootstrap-italia.min.css', 'css/fonts.css', 'js/feedback.js', 'svg/sprites.svg']) {
    expect(paths, path).toContain(path);
  }
  expect(paths.filter((p) => p.startsWith('fonts/') && p.endsWith('.woff2'))).toHaveLength(16);
  expect(paths.filter((p) => /^servizi\/[^/]+\/index\.html$/.test(p))).toHaveLength(templateTitles().length);
  // The CSS is the real stylesheet (the dev server's JS wrapper would not do).
  expect(new TextDecoder().decode(files['css/bootstrap-italia.min.css']).slice(0, 2000)).toMatch(/--bs-|:root/);

  // The name is remembered for the next export.
  await dialog.getByRole('button', { name: 'Chiudi' }).first().click();
  await page.getByRole('button', { name: 'Esporta sito' }).click();
  await expect(page.getByRole('dialog').getByLabel('Nome del Comune')).toHaveValue('Comune di Borgo Esempio');

  // Unzipped and served, the pages work.
  const dir = mkdtempSync(join(tmpdir(), 'mattoncini-zip-'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const server = await serveFolder(dir);
  try {
    const site = await page.context().newPage();
    await site.goto(`${server.url}servizi/`);
    await expect(site.locator('a[data-element="service-link"]')).toHaveCount(templateTitles().length);
    await site.locator('a[data-element="service-link"]').first().click();
    expect(await site.locator('[data-element="page-index"] > li > a').evaluateAll((links) => links.map((a) => a.textContent!.trim()))).toEqual(SITE_SECTION_LABELS);
    expect(JSON.parse((await site.locator('script[data-element="metatag"]').textContent())!).areaServed.name).toBe('Comune di Borgo Esempio');
    expect(await site.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Titillium Web' && face.status === 'loaded');
    })).toBe(true);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
