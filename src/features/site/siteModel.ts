/** What the site's pages are built from. */
import type { ServiceDefinition } from '../../model/types';
import { slugify, uniqueSlugs } from './slugs';
import { SITE_PATHS } from './siteLinks';

export interface SiteService {
  definition: ServiceDefinition;
  slug: string;
  /** The service page's path in the site. */
  path: string;
}

export interface SiteContext {
  municipality: string;
  now: Date;
  /** "26 novembre 2026", for the footer. */
  exportedOn: string;
  services: SiteService[];
}

export function siteServices(definitions: readonly ServiceDefinition[]): SiteService[] {
  const slugs = uniqueSlugs(definitions.map((d) => d.card.title));
  return definitions.map((definition, i) => ({ definition, slug: slugs[i], path: SITE_PATHS.service(slugs[i]) }));
}

/** The anchor of a category's section on the services list. */
export function categoryAnchor(category: string): string {
  return `categoria-${slugify(category)}`;
}

/** The anchor of a topic's section on the services list. */
export function topicAnchor(topic: string): string {
  return `argomento-${slugify(topic)}`;
}

/** Services grouped by category, categories in Italian order, the uncategorised last. */
export function byCategory(services: readonly SiteService[], otherLabel: string): Array<{ category: string; services: SiteService[] }> {
  const groups = new Map<string, SiteService[]>();
  for (const service of services) {
    const category = service.definition.card.category.trim() || otherLabel;
    groups.set(category, [...(groups.get(category) ?? []), service]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === otherLabel ? 1 : b === otherLabel ? -1 : a.localeCompare(b, 'it')))
    .map(([category, list]) => ({ category, services: list }));
}

/** Services grouped by topic, topics in Italian order. */
export function byTopic(services: readonly SiteService[]): Array<{ topic: string; services: SiteService[] }> {
  const groups = new Map<string, SiteService[]>();
  for (const service of services) {
    for (const topic of new Set(service.definition.card.topics.map((t) => t.trim()).filter(Boolean))) {
      groups.set(topic, [...(groups.get(topic) ?? []), service]);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'it')).map(([topic, list]) => ({ topic, services: list }));
}
