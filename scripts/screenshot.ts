/**
 * Take a screenshot of a page of the running app in headless Chromium, to look
 * at what we build: `npx tsx scripts/screenshot.ts http://localhost:4173/ out.png [width] [height]`.
 */
import { chromium } from '@playwright/test';
import { chromiumPath } from '../e2e/support/browser';

const [url = 'http://localhost:4173/', out = 'screenshot.png', width = '1440', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale: 'it-IT', timezoneId: 'Europe/Rome' });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(process.env.WAIT_MS ?? 500));
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
console.log(`Salvato ${out}`);
