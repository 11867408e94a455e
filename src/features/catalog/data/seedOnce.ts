/**
 * Runs template seeding at most once per page load, whichever screen asks
 * first (React's StrictMode mounts effects twice; two seedings in parallel
 * would only write the same rows twice, but there is no need).
 */
import { seedTemplates } from '../../../persistence/importExport';
import { fetchTemplateText, metaRepository, restoreOptions, serviceRepository } from './catalogServices';

let seeding: Promise<void> | null = null;

/** Resolves once seeding is done or has failed (a failure is retried at the next start). */
export function seedOnce(): Promise<void> {
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
    },
    (error: unknown) => {
      console.warn('Modelli non caricati; nuovo tentativo al prossimo avvio.', error);
    },
  );
  return seeding;
}
