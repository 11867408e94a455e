/**
 * What would make a service's exported web page fall short of the Designers
 * Italia model, as the national checker (pa-website-validator) reads it:
 * texts it measures (at least 3 characters), the breadcrumb's category, the
 * topics, the office that becomes `service-area` and the JSON-LD
 * `serviceLocation`, the conditions document, the access channel.
 *
 * Pure: definition in, list out (empty = ready). Used by the card editor
 * (a note under each section), by `npm run validate` and by the site export.
 */
import type { ServiceDefinition } from '../../model/types';
import type { CardSectionKey } from './siteSections';
import { parseOfficeAddress } from './officeAddress';

export type ReadinessSection = CardSectionKey | 'title' | 'short_description' | 'category' | 'topics' | 'audience';

export interface ReadinessIssue {
  /** Where the shortfall shows: a page section or a header element. */
  section: ReadinessSection;
  /** JSON pointer into the definition of the value to fill in. */
  path: string;
  /** Italian, names the field and says what to do. */
  message: string;
}

/** The checker reads at least 3 characters of text. */
export const MIN_TEXT_LENGTH = 3;

/** The visible text of a markdown string, roughly: markup characters removed. */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function tooShort(text: string): boolean {
  return visibleText(text).length < MIN_TEXT_LENGTH;
}

/** The breadcrumb check keeps only ASCII letters, digits and spaces of the category. */
function breadcrumbText(category: string): string {
  return category.replace(/[^a-zA-Z0-9 ]/g, '').trim();
}

const TEXT_SECTIONS: ReadonlyArray<{ key: 'who' | 'how_to_do' | 'what_you_need' | 'what_you_get' | 'times_and_deadlines'; label: string }> = [
  { key: 'who', label: 'A chi è rivolto' },
  { key: 'how_to_do', label: 'Come fare' },
  { key: 'what_you_need', label: 'Cosa serve' },
  { key: 'what_you_get', label: 'Cosa si ottiene' },
  { key: 'times_and_deadlines', label: 'Tempi e scadenze' },
];

export function siteReadiness(definition: ServiceDefinition): ReadinessIssue[] {
  const card = definition.card;
  const issues: ReadinessIssue[] = [];
  const add = (section: ReadinessSection, path: string, message: string) => issues.push({ section, path, message });

  if (tooShort(card.title)) add('title', '/card/title', 'Titolo: scrivi almeno 3 caratteri.');
  if (tooShort(card.short_description))
    add('short_description', '/card/short_description', 'Descrizione breve: scrivi almeno 3 caratteri; è il sottotitolo della pagina.');
  if (breadcrumbText(card.category).length < MIN_TEXT_LENGTH)
    add('category', '/card/category', 'Categoria: indicala (almeno 3 lettere); compare nel percorso Home › Servizi › categoria.');
  if (!card.topics.some((topic) => topic.trim() !== ''))
    add('topics', '/card/topics', 'Argomenti: indica almeno un argomento del servizio.');
  if (tooShort(card.audience))
    add('audience', '/card/audience', 'Destinatari in breve: scrivili (es. «Famiglie»); servono ai dati strutturati della pagina.');

  for (const { key, label } of TEXT_SECTIONS) {
    if (tooShort(card[key])) add(key, `/card/${key}`, `«${label}»: scrivi il testo della sezione (almeno 3 caratteri).`);
  }

  const access = card.access;
  // A booking leads to the site's own booking page; the other channels need their own address.
  if (access.channel !== 'booking' && access.url.trim() === '')
    add('access', '/card/access/url', '«Accedi al servizio»: indica l’indirizzo web del servizio online.');
  if (access.channel === 'generic' && tooShort(access.text))
    add('access', '/card/access/text', '«Accedi al servizio»: spiega come si accede al servizio (almeno 3 caratteri).');

  if (card.conditions_file_url.trim() === '')
    add('conditions', '/card/conditions_file_url', '«Condizioni di servizio»: indica l’indirizzo del documento con le condizioni.');

  const office = card.office;
  if (tooShort(office.name)) add('contacts', '/card/office/name', '«Contatti»: indica il nome dell’ufficio responsabile.');
  if (office.phone.trim() === '' && office.email.trim() === '' && (office.pec ?? '').trim() === '')
    add('contacts', '/card/office/email', '«Contatti»: indica almeno un recapito dell’ufficio (telefono o email).');
  if (office.address.trim() === '') {
    add('contacts', '/card/office/address', '«Contatti»: indica l’indirizzo dell’ufficio (via, CAP e località).');
  } else {
    const address = parseOfficeAddress(office.address);
    if (!address.postalCode)
      add('contacts', '/card/office/address', '«Contatti»: aggiungi il CAP all’indirizzo dell’ufficio (es. «Piazza Roma 1, 00100 Borgo Esempio»).');
    if (!address.addressLocality)
      add('contacts', '/card/office/address', '«Contatti»: scrivi l’indirizzo come «via e numero, CAP località».');
  }
  return issues;
}
