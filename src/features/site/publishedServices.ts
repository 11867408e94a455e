/**
 * Which services go on the exported website: those a citizen may find.
 * - published (and private? no: a private service is reachable only by its
 *   direct link, so it stays off the public list);
 * - scheduled, unless its window has already closed: before opening the page
 *   announces the date («Servizio non attivo», «Il servizio apre il …»), as
 *   municipal sites do for a call that opens next month;
 * - drafts, suspended services and closed windows are left out.
 * The states are read at `now` (the moment of the export): re-export when
 * they change.
 */
import type { ServiceDefinition } from '../../model/types';
import { serviceAvailability } from '../../runtime/schedule';

export function isOnSite(definition: ServiceDefinition, now: Date): boolean {
  const state = serviceAvailability(definition, now).state;
  return state === 'published' || state === 'scheduled-before' || state === 'scheduled-open';
}

/** The services to export, by title (Italian collation). */
export function publishedServices(definitions: readonly ServiceDefinition[], now: Date): ServiceDefinition[] {
  return definitions.filter((d) => isOnSite(d, now)).sort((a, b) => a.card.title.localeCompare(b.card.title, 'it'));
}
