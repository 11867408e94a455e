/**
 * The static services website, as technical staff export it
 * (`npm run export-site`) and a static server publishes it: every page opened
 * in Chromium and checked the way the national checker (pa-website-validator)
 * reads it — data-elements, the page index's texts and order, the
 * breadcrumb, the GovernmentService JSON-LD, the feedback widget — plus axe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SITE_SECTION_LABELS } from '../src/compile/exporters/siteSections';
import { expectNoAxeViolations } from './support/axe';
import { templateTitles } from './support/catalog';
import { serveFolder } from './support/staticServer';

const MUNICIPALITY = 'Comune di Borgo Esempio';
let dir: string;
let server: Awaited<ReturnType<typeof serveFolder>>;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mattoncini-sito-'));
  execFileSync('npx', ['tsx', 'scripts/exportSite.ts', '--out', dir, '--comune', MUNICIPALITY], { stdio: 'pipe' });
  server = await serveFolder(dir);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every page loads without a failed request (styles, fonts, icons, script all bundled). */
async function open(page: Page, url: string): Promise<void> {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  expect(failures, failures.join('\n')).toEqual([]);
  for (const href of await page.locator('link[rel="stylesheet"], script[src]').evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src))) {
    expect(new URL(href).origin, `${href} is not bundled`).toBe(new URL(server.url).origin);
  }
}

async function commonChecks(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.locator('header [data-element="all-services"]')).toHaveCount(1);
  await expect(page.locator('[data-element="feedback"] [data-element="feedback-title"]')).toHaveText('Quanto sono chiare le informazioni su questa pagina?');
  for (let i = 1; i <= 5; i++) await expect(page.locator(`[data-element="feedback-rate-${i}"]`)).toHaveCount(1);
  await expectNoAxeViolations(page);
}

test('home, services list and booking page: header link to all services, service links, booking link, fonts, axe', async ({ page }) => {
  await open(page, server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MUNICIPALITY);
  // Titillium Web is the bundled file, not a system fallback.
  expect(await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Titillium Web' && face.status === 'loaded');
  })).toBe(true);
  await commonChecks(page);

  await page.locator('header [data-element="all-services"]').click();
  await expect(page).toHaveURL(`${server.url}servizi/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Servizi');
  const serviceLinks = page.locator('a[data-element="service-link"]');
  expect((await serviceLinks.allTextContents()).sort()).toEqual([...templateTitles()].sort());
  await commonChecks(page);

  await page.locator('[data-element="appointment-booking"]').first().click();
  await expect(page).toHaveURL(`${server.url}prenota-appuntamento/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prenota appuntamento');
  await expect(page.getByRole('heading', { name: 'Uffici e orari di apertura' })).toBeVisible();
  await expect(page.locator('[data-element="service-area"]').first()).toContainText('Orari di apertura');
  await commonChecks(page);
});

test('every service page: the eight index entries, the data-elements, the breadcrumb and the GovernmentService JSON-LD', async ({ page }) => {
  await open(page, `${server.url}servizi/`);
  const hrefs = await page.locator('a[data-element="service-link"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs).toHaveLength(templateTitles().length);

  for (const href of hrefs) {
    await open(page, href);
    const title = (await page.locator('[data-element="service-title"]').textContent())!.trim();
    expect(title.length, href).toBeGreaterThanOrEqual(3);

    // The index, read as the checker does: `[data-element="page-index"] > li > a`, exact texts in order.
    const index = await page.locator('[data-element="page-index"] > li > a').evaluateAll((links) => links.map((a) => a.textContent!.trim()));
    expect(index, href).toEqual(SITE_SECTION_LABELS);

    // Header elements and each section's element, with at least 3 characters in the first paragraph of the texts.
    for (const element of ['service-description', 'service-status', 'service-topic', 'service-file', 'service-area', 'appointment-booking']) {
      await expect(page.locator(`[data-element="${element}"]`).first(), `${href} ${element}`).toBeAttached();
    }
    for (const element of ['service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text']) {
      const first = await page.locator(`[data-element="${element}"] p`).first().textContent();
      expect(first!.trim().length, `${href} ${element}`).toBeGreaterThanOrEqual(3);
    }
    await expect(page.locator('[data-element="service-online-access"], [data-element="service-booking-access"], [data-element="service-generic-access"]')).toHaveCount(1);
    expect((await page.locator('[data-element="service-area"]').textContent())!.trim().length).toBeGreaterThanOrEqual(3);

    // Breadcrumb as the checker normalises it: "servizi" followed by the category.
    const crumbs = await page.locator('[data-element="breadcrumb"] li').evaluateAll((items) =>
      items.map((li) => li.textContent!.toLowerCase().replace(/[^a-zA-Z0-9 ]/g, '').trim()),
    );
    expect(crumbs.slice(0, 2), href).toEqual(['home', 'servizi']);
    expect(crumbs[2].length, href).toBeGreaterThanOrEqual(3);

    // The JSON-LD the metatag audit parses.
    const jsonLd = JSON.parse((await page.locator('script[data-element="metatag"]').textContent())!);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: title,
      serviceOperator: { name: MUNICIPALITY },
      areaServed: { name: MUNICIPALITY },
    });
    expect(jsonLd.serviceType.length, href).toBeGreaterThan(0);
    expect(jsonLd.audience.name.length, href).toBeGreaterThan(0);
    expect(jsonLd.availableChannel.serviceUrl, href).toMatch(/^https:\/\//);
    expect(jsonLd.availableChannel.serviceLocation.name.length, href).toBeGreaterThan(0);
    expect(jsonLd.availableChannel.serviceLocation.address.streetAddress.length, href).toBeGreaterThan(0);
    expect(jsonLd.availableChannel.serviceLocation.address.addressLocality, href).toBe('Borgo Esempio');

    await commonChecks(page);
  }
});

test('the feedback widget: a low rating asks where the difficulties were, a high one what went well; «Invia» thanks', async ({ page }) => {
  await open(page, `${server.url}servizi/`);
  await page.locator('a[data-element="service-link"]').first().click();
  const feedback = page.locator('[data-element="feedback"]');
  const negative = feedback.locator('[data-element="feedback-rating-negative"]');
  const positive = feedback.locator('[data-element="feedback-rating-positive"]');
  await expect(negative).toBeHidden();
  await expect(positive).toBeHidden();

  // As the checker does: click the rate element itself.
  await feedback.locator('[data-element="feedback-rate-2"]').click();
  await expect(negative).toBeVisible();
  await expect(negative.locator('[data-element="feedback-rating-question"]')).toHaveText('Dove hai incontrato le maggiori difficoltà?');
  await expect(negative.locator('[data-element="feedback-rating-answer"]')).toHaveCount(5);
  await expect(positive).toBeHidden();

  // From the keyboard: arrows move between the stars (Bootstrap Italia's rating lists them 5→1, so ← goes up: 2 → 3 → 4).
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(feedback.locator('input[name="feedback-rating"]:checked')).toHaveValue('4');
  await expect(positive).toBeVisible();
  await expect(positive.locator('[data-element="feedback-rating-question"]')).toHaveText('Quali sono stati gli aspetti che hai preferito?');
  await expect(negative).toBeHidden();
  await expectNoAxeViolations(page, '[data-element="feedback"]');

  // Bootstrap Italia draws its own radio: the citizen clicks the label.
  await positive.getByText('Le indicazioni erano chiare').click();
  await expect(positive.getByLabel('Le indicazioni erano chiare')).toBeChecked();
  await feedback.locator('[data-element="feedback-input-text"]').fill('Tutto chiaro, grazie');
  await feedback.getByRole('button', { name: 'Invia' }).click();
  await expect(feedback.getByRole('status')).toHaveText('Grazie, il tuo parere ci aiuterà a migliorare il servizio!');
});
