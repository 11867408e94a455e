/**
 * What the catalogue's buttons do to stored services: create, duplicate,
 * export, move to the trash and back. Each is one call the UI awaits; none
 * touches React.
 */
import { createBlankService, duplicateService } from '../../../model';
import type { ServiceDefinition } from '../../../model/types';
import {
  catalogueFileName,
  serializeBundle,
  serializeService,
  serviceFileName,
  type Template,
} from '../../../persistence/importExport';
import type { ServiceRepository } from '../../../persistence/serviceRepository';
import { downloadText } from '../ui/downloadText';

type Repo = Pick<ServiceRepository, 'put' | 'softDelete' | 'restoreFromTrash' | 'purge'>;

/** A blank draft, stored; returns it. */
export async function createBlank(repository: Repo, title: string): Promise<ServiceDefinition> {
  const service = createBlankService(title);
  await repository.put(service);
  return service;
}

/**
 * A new draft from a template: a full copy with fresh ids (so the same
 * template can be used many times), titled like the template and recording
 * it in `derivedFrom`.
 */
export async function createFromTemplate(repository: Repo, template: Template): Promise<ServiceDefinition> {
  const service = duplicateService(template.definition, { now: new Date(), title: template.definition.card.title });
  await repository.put(service);
  return service;
}

/** "Duplica": copies everything with fresh ids as "… (copia)", a draft with no schedule. */
export async function duplicate(repository: Repo, definition: ServiceDefinition): Promise<ServiceDefinition> {
  const copy = duplicateService(definition, { now: new Date() });
  await repository.put(copy);
  return copy;
}

/** Downloads one service as `<title-slug>.json`. */
export function exportOne(definition: ServiceDefinition): void {
  downloadText(serviceFileName(definition.card.title), serializeService(definition));
}

/** Downloads every given service as one bundle file. */
export function exportAll(definitions: readonly ServiceDefinition[]): void {
  downloadText(catalogueFileName(new Date()), serializeBundle(definitions));
}
