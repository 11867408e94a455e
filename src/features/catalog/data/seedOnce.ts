/**
 * Runs template seeding at most once per page load, whichever screen asks
 * first (React's StrictMode mounts effects twice; two seedings in parallel
 * would only write the same rows twice, but there is no need).
 */
import { seedTemplates } from '../../../persistence/importExport';
import { fetchTemplateText, metaRepository, restoreOptions, serviceRepository } from './catalogServices';

let seeding: Promise<number> | null = null;

/** Resolves, with how many services were added, once seeding is done or has failed (retried at the next start). */
export function seedOnce(): Promise<number> {
  seeding ??= seedTemplates({
    fetchText: fetchTemplateText,
    repository: serviceRepository,
    meta: metaRepository,
    restoreOptions,
  }).then(
    (result) => {
      for (const problem of result.problems) {
        console.warn(`Modello ${problem.file} non caricato`, problem.errors);
      }
      return result.added.length;
    },
    (error: unknown) => {
      console.warn('Modelli non caricati; nuovo tentativo al prossimo avvio.', error);
      return 0;
    },
  );
  return seeding;
}
