/**
 * Helpers for the catalogue's end-to-end tests: a realistic set of services
 * (built from the model's fixtures, with windows placed relative to today so
 * that "Programmato", "Aperto" and "Chiuso" are what they claim) and a way to
 * load them through the real "Importa" button.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { bonusAlimentare, iscrizioneNido } from '../../src/model/fixtures';
import type { ServiceDefinition } from '../../src/model/types';
import { addRomeDays, romeDateOf, startOfRomeDay } from '../../src/runtime/romeTime';

/** Midnight in Rome, `days` from today, as an ISO instant. */
const inDays = (days: number) => startOfRomeDay(addRomeDays(romeDateOf(new Date()), days)).toISOString();

type Changes = Omit<Partial<ServiceDefinition>, 'card'> & { card?: Partial<ServiceDefinition['card']> };

function variant(base: ServiceDefinition, { card, ...changes }: Changes): ServiceDefinition {
  return { ...base, ...changes, card: { ...base.card, ...card } };
}

/** Five services: published, scheduled (not yet open), scheduled (open), closed, draft. */
export function catalogServices(): ServiceDefinition[] {
  const bonus = variant(bonusAlimentare(), { id: 'e2e-bonus-alimentare', updatedAt: inDays(-1), card: { title: 'Bonus alimentare 2027' } });
  const nido = variant(iscrizioneNido(), {
    id: 'e2e-iscrizione-nido',
    updatedAt: inDays(-3),
    schedule: { opensAt: inDays(20), closesAt: inDays(50) },
    card: { category: 'Educazione e formazione', topics: ['Infanzia'], title: 'Iscrizione al nido d’infanzia 2027/28' },
  });
  const mensa = variant(iscrizioneNido(), {
    id: 'e2e-mensa-scolastica',
    status: 'scheduled',
    updatedAt: inDays(-10),
    schedule: { opensAt: inDays(-5), closesAt: inDays(40) },
    card: {
      title: 'Mensa scolastica 2027/28',
      short_description: 'Iscrizione al servizio di refezione per le scuole dell’infanzia e primarie.',
      category: 'Educazione e formazione',
    },
  });
  const centri = variant(iscrizioneNido(), {
    id: 'e2e-centri-estivi',
    status: 'scheduled',
    updatedAt: inDays(-40),
    schedule: { opensAt: inDays(-60), closesAt: inDays(-30) },
    card: { title: 'Centri estivi comunali 2026', short_description: 'Iscrizione ai centri estivi per bambini dai 3 ai 14 anni.', category: 'Tempo libero' },
  });
  const sanzioni = variant(bonusAlimentare(), {
    id: 'e2e-pagamento-sanzioni',
    status: 'draft',
    updatedAt: inDays(-2),
    card: {
      title: 'Sanzioni al Codice della strada (prova)',
      short_description: 'Paga online con pagoPA i verbali della Polizia locale.',
      category: 'Mobilità e trasporti',
      topics: ['Polizia locale'],
    },
  });
  return [bonus, nido, mensa, centri, sanzioni];
}

/** The bundle file "Esporta tutti" would write. */
export function bundleText(services: readonly ServiceDefinition[]): string {
  return JSON.stringify({ mattoncini: 'services', services }, null, 2);
}

/** Imports `text` as a file named `name` through the catalogue's "Importa" button. */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importa', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Titles of the flagship templates a first start seeds (from public/templates/index.json). */
export function templateTitles(): string[] {
  const index: string[] = JSON.parse(readFileSync('public/templates/index.json', 'utf8'));
  return index.map((file) => JSON.parse(readFileSync(`public/templates/${file}`, 'utf8')).card.title as string);
}

/**
 * Opens the catalogue, waits for the first-start seeding of the templates to
 * be listed (so later counts are stable), then imports the five services and
 * waits until they are listed.
 */
export async function seedCatalog(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogo dei servizi' })).toBeVisible();
  for (const title of templateTitles()) await expect(rowOf(page, title).first()).toBeVisible();
  await importFile(page, 'servizi.json', bundleText(catalogServices()));
  await expect(page.getByRole('status').filter({ hasText: 'Importati 5 servizi.' })).toBeVisible();
  for (const title of Object.values(TITLES)) await expect(rowOf(page, title)).toHaveCount(1);
}

/** Titles of the five services, by role in the tests. */
export const TITLES = {
  bonus: 'Bonus alimentare 2027',
  nido: 'Iscrizione al nido d’infanzia 2027/28',
  mensa: 'Mensa scolastica 2027/28',
  centri: 'Centri estivi comunali 2026',
  sanzioni: 'Sanzioni al Codice della strada (prova)',
} as const;

/** Waits for the card screens' autosave to report "Salvato". */
export async function waitCardSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-indicator')).toHaveText('Salvato');
}

/** The catalogue table's rows. */
export const catalogRows = (page: Page) => page.locator('table.catalog-table tbody tr');

/** The row of a service by its exact title. */
export const rowOf = (page: Page, title: string) =>
  catalogRows(page).filter({ has: page.getByRole('link', { name: `Scheda di «${title}»`, exact: true }) });
