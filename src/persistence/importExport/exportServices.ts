/**
 * Export of services as JSON text. One service is exported as its plain
 * definition (the published format, loadable by `restore()` and by
 * `npm run validate`); several go into one bundle file marked
 * `{ "mattoncini": "services", "services": [...] }` so that import can tell the
 * two apart without guessing.
 */
import type { ServiceDefinition } from '../../model/types';

/** Value of the `mattoncini` marker of a bundle file. */
export const BUNDLE_KIND = 'services';

/** A file holding several services. */
export interface ServiceBundle {
  mattoncini: typeof BUNDLE_KIND;
  services: ServiceDefinition[];
}

/** One service as an indented JSON document (diff-friendly, readable by people). */
export function serializeService(definition: ServiceDefinition): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

/** Several services as one bundle file, in the given order. */
export function serializeBundle(definitions: readonly ServiceDefinition[]): string {
  const bundle: ServiceBundle = { mattoncini: BUNDLE_KIND, services: [...definitions] };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
