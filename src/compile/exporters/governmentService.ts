/**
 * schema.org `GovernmentService` structured data for the service page, as
 * Designers Italia asks (name, serviceType, serviceOperator, areaServed,
 * audience, availableChannel).
 */
import type { ServiceCard } from '../../model/types';

export function governmentService(card: ServiceCard, municipality: string, url?: string): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: card.title,
    description: card.short_description,
    serviceOperator: { '@type': 'GovernmentOrganization', name: card.office.name || municipality },
    areaServed: { '@type': 'AdministrativeArea', name: municipality },
  };
  if (card.category) data.serviceType = card.category;
  if (card.audience) data.audience = { '@type': 'Audience', audienceType: card.audience };
  const channel: Record<string, unknown> = { '@type': 'ServiceChannel', name: card.access.text || card.title };
  if (card.access.url || url) channel.serviceUrl = card.access.url || url;
  if (card.office.phone) channel.servicePhone = { '@type': 'ContactPoint', telephone: card.office.phone };
  data.availableChannel = channel;
  return data;
}

/** The JSON-LD text, safe inside a <script> element (no "</script>" can close it). */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
