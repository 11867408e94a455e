/**
 * Reads the whole catalogue: every stored service through `restore()` (the
 * repository does it), as catalogue rows, plus the rows that fail and the
 * size of the trash. The repository's summaries lack category, schedule and
 * pattern blocks, so each service is read in full; in parallel, that is a few
 * milliseconds for hundreds of services.
 */
import type { BlockRegistry } from '../../../blocks/registry';
import type { ServiceRepository } from '../../../persistence/serviceRepository';
import { toCatalogEntry, type BrokenEntry, type CatalogEntry } from '../model/catalogEntry';

export interface CatalogSnapshot {
  entries: CatalogEntry[];
  broken: BrokenEntry[];
  trashCount: number;
}

export async function loadCatalog(
  repository: Pick<ServiceRepository, 'list' | 'listTrash' | 'get'>,
  registry: BlockRegistry,
): Promise<CatalogSnapshot> {
  const [summaries, trash] = await Promise.all([repository.list(), repository.listTrash()]);
  const loaded = await Promise.all(summaries.map(async (s) => ({ summary: s, result: await repository.get(s.id) })));
  const entries: CatalogEntry[] = [];
  const broken: BrokenEntry[] = [];
  for (const { summary, result } of loaded) {
    if (result.ok) entries.push(toCatalogEntry(result.definition, registry));
    else if (result.reason === 'invalid') {
      broken.push({ id: summary.id, title: summary.title, updatedAt: summary.updatedAt, errors: result.errors });
    }
    // 'not-found': deleted between list and get (another tab); simply gone.
  }
  return { entries, broken, trashCount: trash.length };
}
