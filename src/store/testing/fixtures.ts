/**
 * Realistic named fixtures for store and persistence tests: a municipal
 * nursery-school enrolment ("Iscrizione all'asilo nido comunale").
 */
import { createBlankService } from '../../model/factory';
import type { FlowNode, ServiceDefinition } from '../../model/types';

/** Deterministic ids ("id-1", "id-2", …) so tests can name what they touch. */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const field = (id: string, type: string, key: string, label: string, extra: Record<string, unknown> = {}): FlowNode => ({
  id,
  type,
  key,
  props: { label, required: true, ...extra },
});

/**
 * Two steps. "Dati del genitore": nome, cognome, codice fiscale, then a
 * "Residenza" section with indirizzo and comune. "Dati del bambino": nome,
 * data di nascita, ISEE.
 */
export function nidoComunaleFixture(): ServiceDefinition {
  const base = createBlankService('Iscrizione all’asilo nido comunale', new Date('2027-01-15T09:00:00.000Z'), sequentialIds('svc'));
  return {
    ...base,
    id: 'nido-comunale',
    card: { ...base.card, short_description: 'Domanda di iscrizione ai nidi comunali per l’anno educativo 2027/2028', category: 'Educazione' },
    steps: [
      {
        id: 'step-genitore',
        title: 'Dati del genitore',
        nodes: [
          field('n-nome', 'text', 'nome_genitore', 'Nome'),
          field('n-cognome', 'text', 'cognome_genitore', 'Cognome'),
          field('n-cf', 'text', 'codice_fiscale_genitore', 'Codice fiscale', { patternName: 'Codice fiscale' }),
          {
            id: 'n-residenza',
            type: 'section',
            key: 'residenza',
            props: { label: 'Residenza' },
            children: [
              field('n-indirizzo', 'text', 'indirizzo', 'Indirizzo'),
              field('n-comune', 'text', 'comune', 'Comune di residenza'),
            ],
          },
        ],
      },
      {
        id: 'step-bambino',
        title: 'Dati del bambino',
        nodes: [
          field('n-nome-bambino', 'text', 'nome_bambino', 'Nome del bambino'),
          field('n-nascita', 'text', 'data_nascita', 'Data di nascita'),
          field('n-isee', 'money', 'isee', 'Valore ISEE'),
        ],
      },
    ],
  };
}

/** A service with `count` text fields in one step, for "1,000 fields stay fluid" tests. */
export function largeServiceFixture(count: number): ServiceDefinition {
  const base = nidoComunaleFixture();
  const nodes = Array.from({ length: count }, (_, i) => field(`f-${i}`, 'text', `campo_${i}`, `Campo ${i + 1}`));
  return { ...base, id: 'servizio-grande', steps: [{ id: 'step-grande', title: 'Molti campi', nodes }] };
}
