/**
 * schema.org `GovernmentService` structured data for the service page, as
 * Designers Italia asks and as the national checker's metatag audit validates
 * it: name, serviceType, serviceOperator.name, areaServed.name, audience
 * (name — what the checker reads — and audienceType — what schema.org
 * defines), availableChannel with serviceUrl and serviceLocation (the
 * responsible office: name and postal address).
 *
 * Empty values are left out rather than written as "": the checker fails
 * both alike, and `siteReadiness` tells the official which ones to fill in.
 */
import type { ServiceCard } from '../../model/types';
import { parseOfficeAddress } from './officeAddress';

type Json = Record<string, unknown>;

/** Copies only the non-empty string fields (and non-empty nested objects). */
function compact(data: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' ? value.trim() !== '' : value !== undefined) out[key] = value;
  }
  return out;
}

function serviceLocation(card: ServiceCard): Json | undefined {
  const { name, address } = card.office;
  if (!name.trim() && !address.trim()) return undefined;
  const parts = parseOfficeAddress(address);
  return compact({
    '@type': 'Place',
    name,
    address: address.trim() ? compact({ '@type': 'PostalAddress', ...parts }) : undefined,
  });
}

/**
 * @param municipality the Comune's name ("Comune di Borgo Esempio"): operator and area served
 * @param url where the service is used online; defaults to the card's access URL
 */
export function governmentService(card: ServiceCard, municipality: string, url?: string): Json {
  const channel = compact({
    '@type': 'ServiceChannel',
    name: card.access.text || card.title,
    serviceUrl: card.access.url || url,
    servicePhone: card.office.phone.trim() ? { '@type': 'ContactPoint', telephone: card.office.phone } : undefined,
    serviceLocation: serviceLocation(card),
  });
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: card.title,
    description: card.short_description,
    serviceType: card.category,
    serviceOperator: { '@type': 'GovernmentOrganization', name: municipality },
    areaServed: { '@type': 'AdministrativeArea', name: municipality },
    audience: card.audience.trim() ? { '@type': 'Audience', name: card.audience, audienceType: card.audience } : undefined,
    availableChannel: channel,
  });
}

/** The JSON-LD text, safe inside a <script> element (no "</script>" can close it). */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The service card alone as a schema.org JSON-LD document (a file to download or hand to a portal). */
export function governmentServiceJsonLd(card: ServiceCard, municipality: string): string {
  return `${JSON.stringify(governmentService(card, municipality), null, 2)}\n`;
}
