/** Test helpers for the catalogue's pure modules: rows from fixtures, an i18next instance. */
import i18next, { type TFunction } from 'i18next';
import { createRegistry } from '../../../blocks/registry';
import { defaultBlocks } from '../../../blocks/defaultBlocks';
import type { BlockDefinition } from '../../../blocks/types';
import { bonusAlimentare } from '../../../model/fixtures';
import type { ServiceDefinition } from '../../../model/types';
import { catalogStrings } from '../strings';
import { toCatalogEntry, type CatalogEntry } from './catalogEntry';

/**
 * A registry with the built-in types plus two stand-in pattern blocks
 * (`test_benefit`, `test_booking`), so the pattern filter is tested whatever
 * real pattern blocks exist.
 */
export function registryWithPatterns() {
  const text = defaultBlocks.find((b) => b.type === 'text')!;
  const pattern = (type: string, it: string): BlockDefinition => ({ ...text, type, group: 'patterns', label: { it, en: it } });
  return createRegistry([...defaultBlocks, pattern('test_benefit', 'Contributo economico'), pattern('test_booking', 'Prenotazione')]);
}

/** A catalogue row built from the food-bonus fixture with changes. */
export function entry(
  id: string,
  changes: { title?: string; category?: string; status?: ServiceDefinition['status']; opensAt?: string | null; closesAt?: string | null; updatedAt?: string; nodeTypes?: string[]; topics?: string[] },
): CatalogEntry {
  const base = bonusAlimentare();
  const def: ServiceDefinition = {
    ...base,
    id,
    status: changes.status ?? base.status,
    updatedAt: changes.updatedAt ?? base.updatedAt,
    schedule: { opensAt: changes.opensAt ?? null, closesAt: changes.closesAt ?? null },
    card: {
      ...base.card,
      title: changes.title ?? base.card.title,
      category: changes.category ?? base.card.category,
      topics: changes.topics ?? base.card.topics,
    },
    steps: changes.nodeTypes
      ? [{ id: `${id}-step`, title: 'Passo', nodes: changes.nodeTypes.map((type, i) => ({ id: `${id}-n${i}`, type, key: `campo_${i}`, props: {} })) }]
      : base.steps,
  };
  return toCatalogEntry(def, registryWithPatterns());
}

/** A `t` bound to the catalogue strings in `language`. */
export async function catalogT(language: 'it' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'it',
    ns: ['catalog'],
    defaultNS: 'catalog',
    resources: { it: { catalog: catalogStrings.it }, en: { catalog: catalogStrings.en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
