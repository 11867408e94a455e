import { expect, test } from '@playwright/test';

/**
 * The reference server serves the app and the sync API from one origin
 * (`npm start`, and the e2e web server): a link into the app opened directly
 * — bookmarked, shared, reloaded before the offline shell is installed — is
 * answered with the app, and the API is right there for the sync panel.
 */
test('a link into the app opened directly gets the app, and the API answers on the same origin', async ({ page }) => {
  // Seed the catalogue first, as a first visit does, then open a service's card by its address in a new tab.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogo dei servizi' })).toBeVisible();
  const fresh = await page.context().newPage();
  const response = await fresh.request.get('/servizi/tpl-bonus-alimentare/scheda', { headers: { accept: 'text/html' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  expect(response.headers()['cache-control']).toBe('no-cache');

  await fresh.goto('/servizi/tpl-bonus-alimentare/scheda');
  await expect(fresh.getByRole('main').getByText('Buoni spesa – Bonus alimentare')).toBeVisible();
  await expect(fresh.getByRole('link', { name: 'Apri il flusso nell’editor' })).toBeVisible();

  const me = await fresh.request.get('/api/v1/me', { headers: { Authorization: 'Bearer e2e-official' } });
  expect(await me.json()).toEqual({ user: 'Maria Rossi', role: 'official' });
  const anonymous = await fresh.request.get('/api/v1/services');
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).message).toContain('token');
  const openApi = await fresh.request.get('/api/v1/openapi.json');
  expect((await openApi.json()).openapi).toBe('3.1.0');
});
