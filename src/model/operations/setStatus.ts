import type { ServiceDefinition, ServiceStatus } from '../types';

export interface SetStatusArgs {
  status: ServiceStatus;
}

const STATUSES: ReadonlySet<string> = new Set<ServiceStatus>(['draft', 'published', 'scheduled', 'suspended', 'private']);

/**
 * Changes the service's status. Setting 'scheduled' without a window is
 * allowed (the official sets dates next) and reported by `validate()`.
 * No-op for an unknown or unchanged status.
 */
export function setStatus(def: ServiceDefinition, { status }: SetStatusArgs): ServiceDefinition {
  if (!STATUSES.has(status) || def.status === status) return def;
  return { ...def, status };
}
