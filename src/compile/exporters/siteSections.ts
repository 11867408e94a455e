/**
 * The eight sections of a Designers Italia service page ("Modello Comuni"),
 * in the order, with the labels and the `data-element`s that the national
 * site checker (pa-website-validator, audit C.SI.1.3) reads: the page index
 * must list exactly these texts in this order, and each section must carry its
 * data-element. Shared by the renderer, the readiness check and the tests, so
 * the three cannot disagree.
 */

export interface SiteSection {
  key: CardSectionKey;
  /** The index entry's text, exactly as the checker compares it (Italian, this case). */
  label: string;
  /** Anchor id of the section in the page. */
  anchor: string;
  /** The data-element the checker looks for inside the section. */
  dataElement: string;
}

export type CardSectionKey =
  | 'who'
  | 'how_to_do'
  | 'what_you_need'
  | 'what_you_get'
  | 'times_and_deadlines'
  | 'access'
  | 'conditions'
  | 'contacts';

export const SITE_SECTIONS: readonly SiteSection[] = [
  { key: 'who', label: 'A chi è rivolto', anchor: 'a-chi-e-rivolto', dataElement: 'service-addressed' },
  { key: 'how_to_do', label: 'Come fare', anchor: 'come-fare', dataElement: 'service-how-to' },
  { key: 'what_you_need', label: 'Cosa serve', anchor: 'cosa-serve', dataElement: 'service-needed' },
  { key: 'what_you_get', label: 'Cosa si ottiene', anchor: 'cosa-si-ottiene', dataElement: 'service-achieved' },
  { key: 'times_and_deadlines', label: 'Tempi e scadenze', anchor: 'tempi-e-scadenze', dataElement: 'service-calendar-text' },
  // The access section's data-element depends on the channel (see ACCESS_DATA_ELEMENT).
  { key: 'access', label: 'Accedi al servizio', anchor: 'accedi-al-servizio', dataElement: 'service-online-access' },
  { key: 'conditions', label: 'Condizioni di servizio', anchor: 'condizioni-di-servizio', dataElement: 'service-file' },
  { key: 'contacts', label: 'Contatti', anchor: 'contatti', dataElement: 'service-area' },
];

/** The data-element of «Accedi al servizio» for each access channel. */
export const ACCESS_DATA_ELEMENT = {
  online: 'service-online-access',
  booking: 'service-booking-access',
  generic: 'service-generic-access',
} as const;

/** The index texts in order (what the checker compares the page index with). */
export const SITE_SECTION_LABELS: readonly string[] = SITE_SECTIONS.map((s) => s.label);
