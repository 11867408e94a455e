/**
 * Helpers for the editor's end-to-end tests: create a service from the
 * catalogue, drag with real mouse moves, read the canvas back as plain data.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the catalogue, clicks "Nuovo servizio" and waits for the editor. */
export async function createServiceAndOpenEditor(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nuovo servizio' }).click();
  await page.waitForURL(/\/servizi\/[^/]+\/editor$/);
  await expect(canvas(page)).toBeVisible();
  return page.url();
}

export const palette = (page: Page) => page.getByRole('complementary', { name: 'Elementi' });
export const canvas = (page: Page) => page.getByRole('region', { name: 'Area di lavoro' });
export const inspector = (page: Page) => page.getByRole('complementary', { name: 'Proprietà' });

/** A palette button by its Italian type label. */
export const paletteItem = (page: Page, label: string) => palette(page).getByRole('button', { name: label, exact: true });

/** A node card (its drag/select handle) by the node's label. */
export const nodeCard = (page: Page, label: string) =>
  canvas(page).locator('[data-node-head]').filter({ has: page.locator('.node-label', { hasText: new RegExp(`^${escape(label)}$`) }) });

/** A step card by its number (1-based). */
export const stepCard = (page: Page, n: number) => canvas(page).locator('.step-card').nth(n - 1);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The canvas as data: for each step its title and the labels of its nodes in
 * reading order, children of containers nested as `label > child`.
 */
export async function readCanvas(page: Page): Promise<Array<{ title: string; nodes: string[] }>> {
  return canvas(page).evaluate((root) => {
    const labelsOf = (list: Element, prefix: string): string[] => {
      const out: string[] = [];
      for (const li of Array.from(list.children)) {
        if (!li.classList.contains('node-card')) continue;
        const label = li.querySelector(':scope > .node-head .node-label')?.textContent ?? '';
        out.push(prefix + label);
        const nested = li.querySelector(':scope > .node-children > .node-list');
        if (nested) out.push(...labelsOf(nested, `${prefix}${label} > `));
      }
      return out;
    };
    return Array.from(root.querySelectorAll('.step-card')).map((step) => ({
      title: (step.querySelector('.step-title-input') as HTMLInputElement).value,
      nodes: labelsOf(step.querySelector(':scope > .node-list')!, ''),
    }));
  });
}

type Where = 'before' | 'after' | 'inside';

/**
 * Drags `source` with real mouse moves and drops it relative to `target`:
 * over its upper edge ("before"), its lower edge ("after"), or its middle
 * ("inside", for a step or a container's empty area).
 */
export async function dragTo(page: Page, source: Locator, target: Locator, where: Where): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const s = await source.boundingBox();
  if (!s) throw new Error('source not visible');
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(s.x + s.width / 2 + 12, s.y + s.height / 2 + 12, { steps: 4 });
  // Auto-scroll may move the target while the pointer approaches it: aim again until it holds still.
  let previous = '';
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const t = await target.boundingBox();
    if (!t) throw new Error('target not visible');
    const y = where === 'before' ? t.y + t.height * 0.2 : where === 'after' ? t.y + t.height * 0.8 : t.y + t.height / 2;
    await page.mouse.move(t.x + t.width / 2, y, { steps: attempt === 0 ? 12 : 3 });
    await page.waitForTimeout(120);
    const now = JSON.stringify(await target.boundingBox());
    if (now === JSON.stringify(t) && now === previous) break;
    previous = now;
  }
  await page.mouse.up();
  // dnd-kit swallows clicks for 50 ms after a drag; a person is never that fast.
  await page.waitForTimeout(80);
}

/** Waits until the autosave says "Salvato". */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Salvato$/ })).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: reaching it by keyboard, as a person would. */
export async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = options.max ?? 80;
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Not reachable with ${max} presses of Tab`);
}

/** dnd-kit's live region, where the drag announcements go. */
export const dragAnnouncements = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** The field key input of the inspector. */
export const keyInput = (page: Page) => inspector(page).getByLabel('Chiave del campo');
