/**
 * The sections of the citizen's service page: exactly the eight of Designers
 * Italia's "Modello Comuni", in order (the national checker, criterion
 * C.SI.1.3, reads the page index and wants these texts and nothing else).
 * The card's optional texts are folded into them as subsections (h3), so they
 * stay on the page without adding index entries:
 * - «Descrizione» and «Casi particolari» inside «A chi è rivolto» — they say
 *   what the service is and for which situations; the header keeps only the
 *   short description, which is what the checker reads as `service-description`;
 * - «Quanto costa» inside «Accedi al servizio», just before the button: what
 *   you pay is what you need to know before you start;
 * - «Ulteriori informazioni» inside «Condizioni di servizio».
 */
import type { ServiceCard } from '../../../model/types';
import { SITE_SECTIONS, type CardSectionKey, type SiteSection } from '../../../compile/exporters/siteSections';

export type { CardSectionKey };

/** The card's optional texts, shown as subsections. */
export type CardSubsectionKey = 'description' | 'special_cases' | 'costs' | 'more_info';

export interface CardSectionInfo extends SiteSection {
  /** Anchor id in the page (and the index's link). */
  id: string;
  /** The optional texts folded in here that the official wrote, in order. */
  subsections: CardSubsectionKey[];
}

const FOLDED: Partial<Record<CardSectionKey, CardSubsectionKey[]>> = {
  who: ['description', 'special_cases'],
  access: ['costs'],
  conditions: ['more_info'],
};

/** The eight sections, in page order, each with the subsections it shows. */
export function cardSections(card: ServiceCard): CardSectionInfo[] {
  return SITE_SECTIONS.map((section) => ({
    ...section,
    id: section.anchor,
    subsections: (FOLDED[section.key] ?? []).filter((key) => card[key].trim() !== ''),
  }));
}

/** The eight sections' keys, in order (tests and the exporter check against them). */
export const REQUIRED_SECTION_KEYS: readonly CardSectionKey[] = SITE_SECTIONS.map((s) => s.key);
