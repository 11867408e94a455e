/**
 * The service card in a language: texts from `translations[language]` under
 * `card.<field>` (and `card.office.<field>`, `card.access.text`) where
 * present, the default language's otherwise.
 */
import type { ServiceCard, ServiceDefinition } from '../../../model/types';

export function localizedCard(def: ServiceDefinition, language: string): ServiceCard {
  if (language === def.languages.default) return def.card;
  const texts = def.translations[language];
  if (!texts) return def.card;
  const card: ServiceCard = { ...def.card, access: { ...def.card.access }, office: { ...def.card.office } };
  const writable = card as unknown as Record<string, unknown>;
  for (const [path, text] of Object.entries(texts)) {
    if (!path.startsWith('card.') || text === '') continue;
    const [, field, sub] = path.split('.');
    if (sub === undefined && typeof writable[field] === 'string') writable[field] = text;
    else if (field === 'access' && sub === 'text') card.access.text = text;
    else if (field === 'office' && sub !== undefined && typeof (card.office as Record<string, unknown>)[sub] === 'string') {
      (card.office as Record<string, unknown>)[sub] = text;
    }
  }
  return card;
}
