/**
 * Props of the "Graduatoria" pattern and their schema. The settings are the
 * runtime's `RankingConfig` (criteria, tie-breakers, places) plus what the
 * citizen is told (waiting list, publication date). Defaults: Bologna's
 * nursery (asilo nido) criteria and tie-breakers.
 */
import type { RankingCriterion, TieBreaker } from '../../runtime/ranking';
import { formulaProp } from '../shared/patterns';
import { helpProp, labelProp } from '../shared/props';
import type { JsonSchema } from '../types';

export interface RankingProps extends Record<string, unknown> {
  label: string;
  help?: string;
  criteria: RankingCriterion[];
  /** Applied in order to applicants with the same total. */
  tieBreakers: TieBreaker[];
  places: number;
  /** Applicants beyond the places form a waiting list (else they are simply not admitted). */
  waitingList: boolean;
  /** When the ranking is published, `'YYYY-MM-DD'`. */
  publicationDate?: string;
  /** Code of the ranking in the back-office export (technical). */
  exportCode?: string;
}

const times = (points: number, field: string) => ({ '*': [points, { var: field }] });

export function defaultRankingProps(): RankingProps {
  return {
    label: 'Punteggio in graduatoria',
    help: 'Prima dei punti hanno la precedenza i bambini con disabilità e quelli segnalati dai servizi sociali.',
    criteria: [
      { id: 'solo_genitore', label: 'Unico genitore presente (A1)', points: { if: [{ var: 'solo_genitore' }, 15, 0] } },
      { id: 'genitori_disabili', label: 'Genitore con disabilità grave o invalidità al 100% (A3), per genitore', points: times(20, 'genitori_disabili') },
      { id: 'fratelli_disabili', label: 'Fratello o sorella con disabilità, L. 104/1992 (A6), per ciascuno', points: times(15, 'fratelli_disabili') },
      { id: 'gemelli', label: 'Gemelli (A8), per ciascuno', points: times(4, 'gemelli') },
      {
        id: 'lavoro',
        label: 'Lavoro dei genitori: 20 punti se stabile, 10 se occasionale, per genitore',
        points: { '+': [times(20, 'genitori_lavoro_stabile'), times(10, 'genitori_lavoro_occasionale')] },
      },
    ],
    tieBreakers: [
      { kind: 'criterion-desc', field: 'lavoro', label: 'Punteggio più alto per il lavoro' },
      { kind: 'answer-asc', field: 'isee.value', label: 'ISEE più basso' },
      { kind: 'answer-asc', field: 'data_nascita', label: 'Bambina o bambino più grande' },
      { kind: 'submitted-asc', label: 'Domanda presentata prima' },
    ],
    places: 40,
    waitingList: true,
    exportCode: '',
  };
}

/** The runtime's tie-breaker kinds with their Italian names, in the inspector's order. */
export const TIE_BREAKER_KINDS: ReadonlyArray<{ kind: TieBreaker['kind']; name: string }> = [
  { kind: 'answer-asc', name: 'Risposta più bassa prima (es. ISEE)' },
  { kind: 'answer-desc', name: 'Risposta più alta prima' },
  { kind: 'criterion-desc', name: 'Più punti in un criterio prima' },
  { kind: 'criterion-asc', name: 'Meno punti in un criterio prima' },
  { kind: 'submitted-asc', name: 'Domanda presentata prima' },
];

export const rankingPropsSchema: JsonSchema = {
  type: 'object',
  required: ['label', 'criteria', 'tieBreakers', 'places', 'waitingList'],
  properties: {
    label: { ...labelProp, title: 'Titolo per il cittadino' },
    help: helpProp,
    criteria: {
      type: 'array',
      title: 'Criteri di punteggio',
      maxItems: 100,
      'x-widget': 'criteria',
      items: {
        type: 'object',
        required: ['id', 'label', 'points'],
        properties: {
          id: { type: 'string', title: 'Codice del criterio', pattern: '^[a-z][a-z0-9_]*$', maxLength: 60 },
          label: { type: 'string', title: 'Criterio', minLength: 1, maxLength: 300 },
          points: formulaProp('Punti', 'punti', 'Quanti punti dà il criterio, in base alle risposte'),
        },
      },
    },
    tieBreakers: {
      type: 'array',
      title: 'A parità di punteggio',
      description: 'Applicati nell’ordine: il primo che distingue due domande decide',
      maxItems: 20,
      'x-widget': 'tie-breakers',
      items: {
        type: 'object',
        required: ['kind', 'label'],
        properties: {
          kind: {
            type: 'string',
            title: 'Regola',
            enum: TIE_BREAKER_KINDS.map((k) => k.kind),
            'x-enumNames': TIE_BREAKER_KINDS.map((k) => k.name),
          },
          field: {
            type: 'string',
            title: 'Campo o criterio',
            description: 'La risposta (es. ISEE) o il codice del criterio da confrontare',
            maxLength: 200,
            'x-widget': 'field',
            'x-show-when': { kind: ['answer-asc', 'answer-desc', 'criterion-desc', 'criterion-asc'] },
          },
          label: { type: 'string', title: 'Come la legge il cittadino', minLength: 1, maxLength: 200 },
        },
      },
    },
    places: { type: 'integer', title: 'Posti disponibili', minimum: 0, maximum: 1000000 },
    waitingList: { type: 'boolean', title: 'Lista d’attesa', description: 'Chi non rientra nei posti resta in lista d’attesa' },
    publicationDate: { type: 'string', title: 'Data di pubblicazione della graduatoria', format: 'date', 'x-widget': 'date' },
    exportCode: {
      type: 'string',
      title: 'Codice di esportazione',
      description: 'Codice della graduatoria nel gestionale (riservato al personale tecnico); vuoto: nessuna esportazione',
      maxLength: 100,
      pattern: '^[A-Za-z0-9_.\\-]*$',
    },
  },
};
