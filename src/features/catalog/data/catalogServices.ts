/**
 * The app-wide persistence objects the catalogue, the card and the settings
 * use, created once: the service repository, the meta repository and how to
 * fetch a template file from `public/templates/` (cached offline by the
 * service worker).
 */
import { defaultRegistry } from '../../../blocks/registry';
import type { RestoreOptions } from '../../../model';
import { createMetaRepository } from '../../../persistence/metaRepository';
import { createServiceRepository } from '../../../persistence/serviceRepository';
import type { FetchText } from '../../../persistence/importExport';

/** Node types of the registry: others are kept and reported as warnings on load. */
export const restoreOptions: RestoreOptions = { knownTypes: new Set(defaultRegistry.all().map((b) => b.type)) };

export const serviceRepository = createServiceRepository(undefined, { restoreOptions });
export const metaRepository = createMetaRepository();

/** Reads `public/templates/<file>` as text. */
export const fetchTemplateText: FetchText = async (file) => {
  const response = await fetch(`${import.meta.env.BASE_URL}templates/${encodeURIComponent(file)}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};
