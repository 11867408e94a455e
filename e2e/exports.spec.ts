/**
 * Per-service exports from the catalogue's row menu: the OpenCity form
 * (Form.io wizard), the JSON Schema bundle for portals and the card as
 * schema.org JSON-LD. Each file is downloaded through the real menu and read
 * back as an official (or a portal's developer) would check it. The fines
 * template's amount cannot be computed by Form.io: its warning dialog comes
 * first, and «Annulla» saves nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rowOf } from './support/catalog';
import { prepareExport } from '../src/features/catalog/exports/prepareExport';

const template = (file: string) => JSON.parse(readFileSync(`public/templates/${file}`, 'utf8'));
const mensa = template('mensa-scolastica.json');
const sanzioni = template('pagamento-sanzioni.json');

async function openMenu(page: Page, title: string) {
  await rowOf(page, title).getByRole('button', { name: `Altre azioni per «${title}»` }).click();
}

async function readDownload(download: Download): Promise<unknown> {
  const path = await download.path();
  return JSON.parse(readFileSync(path!, 'utf8'));
}

type Component = { type: string; key: string; title?: string; components?: Component[]; conditional?: { json: unknown } };
const keysOf = (components: Component[], into: string[] = []): string[] => {
  for (const c of components) {
    into.push(c.key);
    keysOf(c.components ?? [], into);
  }
  return into;
};

test('a template exported for OpenCity, for portals and as JSON-LD, from the catalogue', async ({ page }) => {
  await page.goto('/');
  await expect(rowOf(page, mensa.card.title)).toHaveCount(1);

  await openMenu(page, mensa.card.title);
  const [formio] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta per OpenCity (Form.io)' }).click()]);
  expect(formio.suggestedFilename()).toBe('iscrizione-e-pagamento-della-mensa-scolastica.formio.json');
  const form = (await readDownload(formio)) as { display: string; title: string; components: Component[] };
  expect(form.display).toBe('wizard');
  expect(form.title).toBe(mensa.card.title);
  // One wizard page per step, titled as the steps.
  expect(form.components.map((panel) => panel.title)).toEqual(mensa.steps.map((step: { title: string }) => step.title));
  const keys = keysOf(form.components);
  for (const key of ['applicant', 'completename', 'email_address', 'payment_amount', 'payment_description', 'dieta_speciale', 'motivo_dieta']) {
    expect(keys).toContain(key);
  }
  const motivo = keysOf(form.components).length && form.components.flatMap((p) => p.components ?? []).find((c) => c.key === 'motivo_dieta');
  expect(motivo && motivo.conditional).toEqual({ json: { '==': [{ var: 'data.dieta_speciale' }, true] } });

  await openMenu(page, mensa.card.title);
  const [schema] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta JSON Schema per portali' }).click()]);
  expect(schema.suggestedFilename()).toBe('iscrizione-e-pagamento-della-mensa-scolastica.schema.json');
  const bundle = (await readDownload(schema)) as { $schema: string; service: { title: string }; steps: Array<{ title: string; schema: { properties: object } }> };
  expect(bundle.$schema).toBe('http://json-schema.org/draft-07/schema#');
  expect(bundle.service.title).toBe(mensa.card.title);
  expect(bundle.steps.map((s) => s.title)).toEqual(mensa.steps.map((step: { title: string }) => step.title));
  expect(Object.keys(bundle.steps[1].schema.properties)).toContain('alunno');

  // Card fields the JSON-LD would lack are shown first (as the exporter computes them for this template).
  const expected = prepareExport('jsonLd', mensa, 'Comune di Esempio').warnings;
  await openMenu(page, mensa.card.title);
  let jsonLd: Download;
  if (expected.length) {
    await page.getByRole('button', { name: 'Esporta scheda (schema.org JSON-LD)' }).click();
    const warnings = page.getByRole('dialog', { name: 'Prima di scaricare «iscrizione-e-pagamento-della-mensa-scolastica.jsonld»' });
    for (const w of expected) await expect(warnings).toContainText(w.path || 'tutto il servizio');
    [jsonLd] = await Promise.all([page.waitForEvent('download'), warnings.getByRole('button', { name: 'Scarica comunque' }).click()]);
  } else {
    [jsonLd] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta scheda (schema.org JSON-LD)' }).click()]);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect(jsonLd.suggestedFilename()).toBe('iscrizione-e-pagamento-della-mensa-scolastica.jsonld');
  const card = (await readDownload(jsonLd)) as Record<string, unknown>;
  expect(card['@context']).toBe('https://schema.org');
  expect(card['@type']).toBe('GovernmentService');
  expect(card.name).toBe(mensa.card.title);
});

test('an export Form.io cannot render fully shows its warnings first; «Annulla» saves nothing', async ({ page }) => {
  await page.goto('/');
  await expect(rowOf(page, sanzioni.card.title)).toHaveCount(1);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));

  await openMenu(page, sanzioni.card.title);
  await page.getByRole('button', { name: 'Esporta per OpenCity (Form.io)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prima di scaricare «pagamento-sanzioni-multe-al-codice-della-strada.formio.json»' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('/steps/1/nodes/0/props/fine');
  await expect(dialog).toContainText('giorni trascorsi dalla notifica');
  await expectNoAxeViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Annulla' }).click();
  await expect(dialog).toHaveCount(0);
  expect(downloads).toHaveLength(0);

  await openMenu(page, sanzioni.card.title);
  await page.getByRole('button', { name: 'Esporta per OpenCity (Form.io)' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Scarica comunque' }).click()]);
  const form = (await readDownload(download)) as { components: Component[] };
  expect(keysOf(form.components)).toEqual(expect.arrayContaining(['payment_amount', 'payment_description', 'email_address']));
});
