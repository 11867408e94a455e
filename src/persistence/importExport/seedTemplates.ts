/**
 * First-start seeding: the catalogue of a new device shows the flagship
 * services at once, so a newcomer sees real services instead of an empty page.
 *
 * The meta flag `META_TEMPLATES_SEEDED` holds the list of template files
 * already seeded (legacy `true` = all of them). Keeping the list rather than a
 * boolean means a template added in a later release reaches existing devices
 * once, while a seeded template the official deleted never comes back.
 * A template whose id is already stored is left alone (never overwritten).
 */
import type { RestoreOptions } from '../../model';
import { META_TEMPLATES_SEEDED, type MetaRepository } from '../metaRepository';
import type { ServiceRepository } from '../serviceRepository';
import { loadTemplateFiles, loadTemplateIndex, type FetchText, type TemplateProblem } from './templates';

export interface SeedDependencies {
  fetchText: FetchText;
  repository: Pick<ServiceRepository, 'get' | 'putMany'>;
  meta: MetaRepository;
  restoreOptions?: RestoreOptions;
}

export interface SeedResult {
  /** Ids of the services added now. */
  added: string[];
  /** Templates that could not be loaded (retried at the next start). */
  problems: TemplateProblem[];
}

const NOTHING: SeedResult = { added: [], problems: [] };

/** The files already seeded, or `'all'` for the legacy boolean flag. */
function seededFiles(flag: unknown): ReadonlySet<string> | 'all' {
  if (flag === true) return 'all';
  return new Set(Array.isArray(flag) ? flag.filter((f): f is string => typeof f === 'string') : []);
}

/**
 * Seeds the templates not seeded yet. Rejects when the index cannot be read
 * (e.g. first start offline): nothing is marked, so the next start retries.
 */
export async function seedTemplates({ fetchText, repository, meta, restoreOptions }: SeedDependencies): Promise<SeedResult> {
  const flag = await meta.get(META_TEMPLATES_SEEDED);
  const seen = seededFiles(flag);
  if (seen === 'all') return NOTHING;
  const index = await loadTemplateIndex(fetchText);
  const pending = index.filter((file) => !seen.has(file));
  if (pending.length === 0) {
    // An empty index still marks the first start as done.
    if (flag === undefined) await meta.set(META_TEMPLATES_SEEDED, []);
    return NOTHING;
  }
  const { templates, problems } = await loadTemplateFiles(fetchText, pending, restoreOptions);
  const fresh = [];
  for (const template of templates) {
    const stored = await repository.get(template.definition.id);
    if (!stored.ok && stored.reason === 'not-found') fresh.push(template.definition);
  }
  if (fresh.length > 0) await repository.putMany(fresh);
  await meta.set(META_TEMPLATES_SEEDED, [...seen, ...templates.map((t) => t.file)]);
  return { added: fresh.map((d) => d.id), problems };
}
