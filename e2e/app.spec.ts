import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('the app opens on the service catalogue, in Italian, with no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogo dei servizi' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expectNoAxeViolations(page);
});

test('the language switch turns the interface to English and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.getByRole('link', { name: 'Service catalogue' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Service catalogue' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
