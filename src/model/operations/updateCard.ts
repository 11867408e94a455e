import type { ServiceCard, ServiceDefinition } from '../types';

/** Card fields to change (shallow: `office` or `access` are replaced whole). */
export type UpdateCardArgs = Partial<ServiceCard>;

/**
 * Changes some fields of the service card. `undefined` values are ignored
 * (every card field is required). No-op if nothing changes.
 */
export function updateCard(def: ServiceDefinition, patch: UpdateCardArgs): ServiceDefinition {
  const changes = Object.entries(patch).filter(
    ([name, value]) =>
      value !== undefined && name !== '__proto__' && !Object.is(def.card[name as keyof ServiceCard], value),
  );
  if (changes.length === 0) return def;
  return { ...def, card: { ...def.card, ...Object.fromEntries(changes) } };
}
