/**
 * Services and helpers for the preview's end-to-end tests: "Buoni spesa"
 * (the compiler's realistic fixture, with a full Designers Italia card and an
 * ISEE requirement), seeded straight into the app's IndexedDB.
 */
import { expect, type Page } from '@playwright/test';
import { bonusAlimentare as buoniSpesaFlow, validAnswers } from '../src/compile/fixtures/bonusAlimentare';
import { bonusAlimentare as bonusCard } from '../src/model/fixtures';
import type { ServiceDefinition } from '../src/model/types';

/** "Buoni spesa – bonus alimentare", published, with its card, a requirement and a 30-day response time. */
export function buoniSpesa(id = 'e2e-preview-buoni-spesa'): ServiceDefinition {
  const def = buoniSpesaFlow();
  return {
    ...def,
    id,
    status: 'published',
    card: {
      ...bonusCard().card,
      title: 'Buoni spesa – bonus alimentare',
      category: 'Assistenza sociale',
      conditions_file_url: 'https://www.comune.example/condizioni-buoni-spesa.pdf',
      max_response_days: 30,
    },
    personas: [{ id: 'persona-isee-basso', name: 'Famiglia con ISEE basso', answers: famigliaIseeBasso() }],
    requirements: [
      {
        id: 'req-isee',
        name: 'ISEE fino a 9.360 €',
        rule: { '<=': [{ var: 'isee.value' }, 9360] },
        message: 'Il valore ISEE del nucleo supera la soglia di 9.360 €.',
      },
    ],
  };
}

/** Every answer of a valid application (Mario Rossi, ISEE 6.200,50 €, two members), as one answers object. */
export function famigliaIseeBasso(): Record<string, unknown> {
  return Object.assign({}, ...Object.values(structuredClone(validAnswers)));
}

/** The same service, scheduled to open at midnight (Rome) of 1 March 2099 and close at midnight of 1 April. */
export function buoniSpesaScheduled(id = 'e2e-preview-buoni-programmato'): ServiceDefinition {
  return {
    ...buoniSpesa(id),
    status: 'scheduled',
    schedule: { opensAt: '2099-02-28T23:00:00.000Z', closesAt: '2099-03-31T22:00:00.000Z' },
  };
}

/** Writes `services` into the app's database (opened by the catalogue first, so its schema exists). */
export async function seedServices(page: Page, services: readonly ServiceDefinition[]): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const rows = services.map((definition) => ({
    id: definition.id,
    definition,
    updatedAt: Date.parse(definition.updatedAt),
    status: definition.status,
    title: definition.card.title,
    deletedAt: null,
  }));
  // Plain JSON across the boundary (the definition's deep type is too much for evaluate's typing).
  const plain = JSON.parse(JSON.stringify(rows)) as unknown[];
  await page.evaluate(async (rows: unknown[]) => {
    // The app creates its database when it first opens it: until then (or while a
    // raw open like this one created an empty shell) wait and try again.
    for (let attempt = 0; ; attempt += 1) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mattoncini');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!db.objectStoreNames.contains('services')) {
        db.close();
        if (attempt > 100) throw new Error('The app never created its database');
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('services', 'readwrite');
        for (const row of rows) tx.objectStore('services').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return;
    }
  }, plain);
}

/** The citizen page inside the preview's frame. */
export const citizenFrame = (page: Page) => page.frameLocator('iframe[title^="Anteprima"]');
