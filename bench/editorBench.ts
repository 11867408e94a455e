/**
 * The editor's quality bars, measured in headless Chromium against the built
 * app (`vite build` + `vite preview`), with a 1,000-field service open:
 *
 * - JavaScript needed to open the editor, gzipped (every script the page
 *   loads up to the first step on screen; budget 300 KiB);
 * - time from navigation to the first step's first card (budget 1.5 s);
 * - JS heap after opening, after a garbage collection (budget 40 MiB);
 * - a label typed in the inspector, until the canvas card shows it (budget 50 ms median);
 * - main-thread work of one keystroke in the inspector: the input event with
 *   React's synchronous render and commit (budget 16 ms median).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../e2e/support/browser';
import { largeService } from '../src/model/fixtures';
import { summarise, type Timing } from './measure';

export interface EditorBenchResult {
  fields: number;
  jsKiBGzip: number;
  openMs: Timing;
  heapMiB: number;
  labelToCanvasMs: Timing;
  keystrokeMs: Timing;
}

export const EDITOR_BUDGETS = { jsKiBGzip: 300, openMs: 1500, heapMiB: 40, labelToCanvasMs: 50, keystrokeMs: 16 };

const PORT = Number(process.env.BENCH_PORT ?? 4183);
const BASE = `http://127.0.0.1:${PORT}`;
// A build of its own: other runs (tests, developers) rebuild dist/ while we measure.
const OUT_DIR = path.join(os.tmpdir(), 'mattoncini-bench-dist');

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} → ${code}`))));
  });
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (child.pid) process.kill(-child.pid);
  throw new Error(`vite preview did not start on ${BASE}`);
}

/** Puts the service straight into the app's IndexedDB (the catalogue page has created the schema). */
async function seed(page: Page, definition: unknown): Promise<void> {
  await page.goto(BASE + '/');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(500); // let the catalogue finish its first writes
  await page.evaluate(
    (def) =>
      new Promise<void>((resolve, reject) => {
        const d = def as { id: string; updatedAt: string; status: string; card: { title: string } };
        const request = indexedDB.open('mattoncini');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('services', 'readwrite');
          tx.objectStore('services').put({ id: d.id, definition: d, updatedAt: Date.parse(d.updatedAt), status: d.status, title: d.card.title, deletedAt: null });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    definition,
  );
}

// Measured in the page as plain strings: no bundler helpers leak into them.
const LABEL_TO_CANVAS = `(async () => {
  const input = document.activeElement;
  const label = document.querySelector('.node-grab[aria-pressed="true"] .node-label');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const out = [];
  for (let i = 0; i < 40; i++) {
    const ch = String.fromCharCode(97 + (i % 26));
    const start = performance.now();
    setValue.call(input, input.value + ch);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      function check() { if (label.textContent.endsWith(ch)) resolve(); else requestAnimationFrame(check); }
      check();
    });
    out.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 40));
  }
  return out;
})()`;

const KEYSTROKE = `(async () => {
  const input = document.activeElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const out = [];
  for (let i = 0; i < 40; i++) {
    const start = performance.now();
    setValue.call(input, input.value + 'x');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    out.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 60));
  }
  return out;
})()`;

export async function runEditorBench(fields = 1000, opens = 5, viewport = { width: 1280, height: 900 }): Promise<EditorBenchResult> {
  if (!process.env.BENCH_SKIP_BUILD) await run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
  try {
    const definition = { ...largeService(fields), id: 'bench-editor' };
    const context = await browser.newContext({ viewport, locale: 'it-IT', serviceWorkers: 'block' });
    const page = await context.newPage();
    await seed(page, definition);
    const url = `${BASE}/servizi/${definition.id}/editor`;
    // When the first card is in the DOM and the frame after it is painted, measured in the page from navigation start.
    await page.addInitScript(`(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.step-card [data-node-head]')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => { window.__firstStepMs = performance.now(); }, 0));
      });
      observer.observe(document, { childList: true, subtree: true });
    })()`);
    const firstCard = page.locator('.step-card').first().locator('[data-node-head]').first();

    // Opening, several times; the scripts of the first opening are weighed, with the cache off.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const openSamples: number[] = [];
    let jsBytes = 0;
    for (let i = 0; i < opens; i += 1) {
      const scripts: Promise<number>[] = [];
      const onResponse = (response: import('@playwright/test').Response) => {
        if (response.request().resourceType() === 'script' && response.status() === 200) {
          scripts.push(response.body().then((b) => gzipSync(b).length, () => 0));
        }
      };
      if (i === 0) page.on('response', onResponse);
      await page.goto('about:blank');
      await page.goto(url);
      await firstCard.waitFor();
      openSamples.push(Math.round((await page.waitForFunction('window.__firstStepMs').then((h) => h.jsonValue())) as number));
      if (i === 0) {
        page.off('response', onResponse);
        jsBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
      }
    }

    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    // Select a field half-way down and type into its label.
    const target = await page.locator('[data-node-head]').nth(Math.floor(fields / 2)).getAttribute('data-node-head');
    const card = page.locator(`[data-node-head="${target}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.click();
    const label = page.getByRole('complementary', { name: 'Proprietà' }).getByLabel(/^Etichetta/);
    await label.click();
    await label.press('End');
    const labelSamples = (await page.evaluate(LABEL_TO_CANVAS)) as number[];
    const keySamples = (await page.evaluate(KEYSTROKE)) as number[];

    return {
      fields,
      jsKiBGzip: Math.round((jsBytes / 1024) * 10) / 10,
      openMs: summarise(openSamples),
      heapMiB: Math.round((usedSize / 2 ** 20) * 10) / 10,
      labelToCanvasMs: summarise(labelSamples),
      keystrokeMs: summarise(keySamples),
    };
  } finally {
    await browser.close();
    if (preview.pid) process.kill(-preview.pid);
  }
}
