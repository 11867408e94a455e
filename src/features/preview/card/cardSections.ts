/**
 * The sections of the citizen's service page, in the order of Designers
 * Italia's "Modello Comuni". The eight required ones are always there (the
 * national checker, criterion C.SI.1.3, expects them in this order with
 * these exact labels); the optional ones appear when the official wrote them.
 */
import type { ServiceCard } from '../../../model/types';

export type CardSectionKey =
  | 'who'
  | 'description'
  | 'how_to_do'
  | 'what_you_need'
  | 'what_you_get'
  | 'times_and_deadlines'
  | 'costs'
  | 'access'
  | 'special_cases'
  | 'more_info'
  | 'conditions'
  | 'contacts';

export interface CardSectionInfo {
  key: CardSectionKey;
  /** Anchor id in the page (and the index's link). */
  id: string;
  required: boolean;
  /** `data-element` of the section's content, for the site checker. */
  dataElement?: string;
}

const ALL: readonly CardSectionInfo[] = [
  { key: 'who', id: 'a-chi-e-rivolto', required: true, dataElement: 'service-addressed' },
  { key: 'description', id: 'descrizione', required: false },
  { key: 'how_to_do', id: 'come-fare', required: true, dataElement: 'service-how-to' },
  { key: 'what_you_need', id: 'cosa-serve', required: true, dataElement: 'service-needed' },
  { key: 'what_you_get', id: 'cosa-si-ottiene', required: true, dataElement: 'service-achieved' },
  { key: 'times_and_deadlines', id: 'tempi-e-scadenze', required: true, dataElement: 'service-calendar-text' },
  { key: 'costs', id: 'quanto-costa', required: false },
  { key: 'access', id: 'accedi-al-servizio', required: true },
  { key: 'special_cases', id: 'casi-particolari', required: false },
  { key: 'more_info', id: 'ulteriori-informazioni', required: false },
  { key: 'conditions', id: 'condizioni-di-servizio', required: true },
  { key: 'contacts', id: 'contatti', required: true },
];

/** The sections a card shows, in page order. */
export function cardSections(card: ServiceCard): CardSectionInfo[] {
  return ALL.filter((s) => {
    if (s.required) return true;
    const text = card[s.key as 'description' | 'costs' | 'special_cases' | 'more_info'];
    return typeof text === 'string' && text.trim() !== '';
  });
}

/** The eight required labels' keys, in order (tests and the exporter check against them). */
export const REQUIRED_SECTION_KEYS = ALL.filter((s) => s.required).map((s) => s.key);
