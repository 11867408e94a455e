/**
 * The flagship templates, one per pattern, in catalogue order, with the file
 * each is written to under `public/templates/`.
 */
import type { ServiceDefinition } from '../../src/model/types';
import { bonusAlimentare } from './bonusAlimentare';
import { contrassegnoDisabili } from './contrassegnoDisabili';
import { iscrizioneAsiloNido } from './iscrizioneAsiloNido';
import { mensaScolastica } from './mensaScolastica';
import { pagamentoSanzioni } from './pagamentoSanzioni';
import { prenotazioneAnagrafe } from './prenotazioneAnagrafe';

export interface TemplateEntry {
  file: string;
  /** The pattern block the template is the reference implementation of. */
  pattern: 'benefit' | 'ranking' | 'permit' | 'payment' | 'booking';
  build: () => ServiceDefinition;
}

export const TEMPLATES: readonly TemplateEntry[] = [
  { file: 'bonus-alimentare.json', pattern: 'benefit', build: bonusAlimentare },
  { file: 'iscrizione-asilo-nido.json', pattern: 'ranking', build: iscrizioneAsiloNido },
  { file: 'contrassegno-disabili.json', pattern: 'permit', build: contrassegnoDisabili },
  { file: 'pagamento-sanzioni.json', pattern: 'payment', build: pagamentoSanzioni },
  { file: 'mensa-scolastica.json', pattern: 'payment', build: mensaScolastica },
  { file: 'prenotazione-anagrafe.json', pattern: 'booking', build: prenotazioneAnagrafe },
];

/** Each template as the exact text of its file (2-space JSON, final newline). */
export function templateFiles(): Array<{ file: string; text: string }> {
  return TEMPLATES.map(({ file, build }) => ({ file, text: `${JSON.stringify(build(), null, 2)}\n` }));
}
