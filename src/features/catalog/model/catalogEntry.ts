/**
 * A row of the catalogue: what the list, the filters and the timeline need of
 * one service, derived once when the catalogue loads. The full definition is
 * kept because duplicate and export act on it without another read.
 */
import type { BlockRegistry } from '../../../blocks/registry';
import { walkNodes } from '../../../model';
import type { Issue } from '../../../model/issues';
import type { Schedule, ServiceDefinition, ServiceStatus } from '../../../model/types';

export interface CatalogEntry {
  id: string;
  title: string;
  shortDescription: string;
  category: string;
  topics: readonly string[];
  status: ServiceStatus;
  schedule: Schedule;
  /** ms since epoch. */
  updatedAt: number;
  /** Pattern block types used by the service (registry group "patterns"), sorted, once each. */
  patterns: readonly string[];
  definition: ServiceDefinition;
}

/** A stored service that no longer passes `restore()`: shown so it can be exported or deleted, never opened. */
export interface BrokenEntry {
  id: string;
  title: string;
  updatedAt: number;
  errors: readonly Issue[];
}

/** The pattern block types present in a service (any depth). */
export function patternTypesOf(definition: ServiceDefinition, registry: BlockRegistry): string[] {
  const found = new Set<string>();
  walkNodes(definition, (node) => {
    if (registry.get(node.type)?.group === 'patterns') found.add(node.type);
    return true;
  });
  return [...found].sort();
}

/** Builds the catalogue row of a restored definition. */
export function toCatalogEntry(definition: ServiceDefinition, registry: BlockRegistry): CatalogEntry {
  const updatedAt = Date.parse(definition.updatedAt);
  return {
    id: definition.id,
    title: definition.card.title,
    shortDescription: definition.card.short_description,
    category: definition.card.category.trim(),
    topics: definition.card.topics,
    status: definition.status,
    schedule: definition.schedule,
    updatedAt: Number.isNaN(updatedAt) ? 0 : updatedAt,
    patterns: patternTypesOf(definition, registry),
    definition,
  };
}
