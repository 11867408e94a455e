/**
 * Realistic service definitions for tests, benchmarks and demos, modelled on
 * real municipal services (see shared/domain/REAL-SERVICES.md). Each fixture
 * is a function returning a fresh object with fixed ids and dates, so tests
 * are deterministic and may freeze or modify their copy.
 *
 * Node types are plain strings here; the block registry gives them meaning.
 */
import { defaultTechnicalSettings, emptyCard } from './factory';
import { FORMAT_VERSION } from './formatConstants';
import type { FlowNode, ServiceDefinition } from './types';

const field = (id: string, type: string, key: string, props: Record<string, unknown>, extra: Partial<FlowNode> = {}): FlowNode => ({
  id,
  type,
  key,
  props,
  ...extra,
});

/**
 * "Bonus alimentare" (buoni spesa), after Pisa's 2021 rules: residents with
 * ISEE corrente up to €16,500; €150 for one person, €300 for two, €400 for
 * three, plus €50 for each member beyond the third.
 *
 * Steps "Richiedente", "Nucleo familiare", "Dichiarazioni"; a repeatable
 * group with children and a section holding the IBAN.
 */
export function bonusAlimentare(): ServiceDefinition {
  return {
    formatVersion: FORMAT_VERSION,
    id: 'svc-bonus-alimentare',
    revision: 7,
    createdAt: '2026-10-05T09:12:00.000Z',
    updatedAt: '2026-11-02T15:40:00.000Z',
    derivedFrom: null,
    status: 'published',
    schedule: { opensAt: null, closesAt: null },
    card: {
      ...emptyCard('Bonus alimentare'),
      short_description: 'Buoni spesa per i nuclei familiari residenti in difficoltà economica.',
      description: 'Contributo una tantum caricato sulla tessera sanitaria, da spendere nei negozi convenzionati.',
      category: 'Assistenza sociale',
      topics: ['Famiglia', 'Sostegno al reddito'],
      audience: 'Famiglie',
      who: 'Nuclei familiari **residenti** nel Comune con ISEE corrente non superiore a 16.500 €.',
      how_to_do: 'Compila la domanda online con SPID o CIE entro il 30 novembre.',
      what_you_need: '- ISEE corrente in corso di validità\n- IBAN intestato al richiedente',
      what_you_get:
        'Un buono per nucleo: 150 € per una persona, 300 € per due, 400 € per tre, più 50 € per ogni componente oltre il terzo.',
      times_and_deadlines: 'Domande entro il 30 novembre; il buono va speso entro il 31 dicembre.',
      access: { channel: 'online', text: 'Presenta la domanda online', url: '' },
      conditions: 'Un solo buono per nucleo familiare.',
      costs: 'Nessun costo.',
      office: {
        name: 'Ufficio Servizi sociali',
        address: 'Piazza XX Settembre 1, Pisa',
        phone: '050 910111',
        email: 'servizisociali@comune.example',
        openingHours: 'Lunedì–venerdì 9–12',
      },
      max_response_days: 30,
    },
    requirements: [
      {
        id: 'req-residenza',
        name: 'Residenza nel Comune',
        rule: { '==': [{ var: 'residente_comune' }, true] },
        message: 'Il bonus è riservato ai nuclei residenti nel Comune.',
      },
      {
        id: 'req-isee',
        name: 'ISEE corrente',
        rule: { '<=': [{ var: 'isee' }, 16500] },
        message: "L'ISEE corrente non deve superare 16.500 €.",
      },
    ],
    steps: [
      {
        id: 'step-richiedente',
        title: 'Richiedente',
        description: 'Chi presenta la domanda per il nucleo familiare.',
        nodes: [
          field('node-richiedente', 'applicant', 'richiedente', { label: 'Dati del richiedente' }),
          field('node-email', 'email', 'email', { label: 'Email', required: true }),
          field('node-residente', 'checkbox', 'residente_comune', { label: 'Sono residente nel Comune', required: true }),
        ],
      },
      {
        id: 'step-nucleo',
        title: 'Nucleo familiare',
        nodes: [
          field('node-isee', 'isee', 'isee', { label: 'ISEE corrente', required: true, max: 16500 }),
          field('node-componenti', 'number', 'componenti_nucleo', {
            label: 'Numero di componenti del nucleo familiare',
            min: 1,
            max: 20,
            required: true,
          }),
          field(
            'node-familiari',
            'repeatable_group',
            'familiari',
            { label: 'Altri componenti del nucleo', addLabel: 'Aggiungi un componente', maxItems: 19 },
            {
              visibleIf: { '>': [{ var: 'componenti_nucleo' }, 1] },
              children: [
                field('node-familiare-nome', 'text', 'nome_familiare', { label: 'Nome', required: true }),
                field('node-familiare-cognome', 'text', 'cognome_familiare', { label: 'Cognome', required: true }),
                field('node-familiare-cf', 'codice_fiscale', 'codice_fiscale_familiare', { label: 'Codice fiscale' }),
                field('node-familiare-nascita', 'date', 'data_di_nascita_familiare', { label: 'Data di nascita' }),
              ],
            },
          ),
        ],
      },
      {
        id: 'step-dichiarazioni',
        title: 'Dichiarazioni',
        nodes: [
          field(
            'node-accredito',
            'section',
            'accredito',
            { label: 'Accredito del contributo' },
            {
              children: [
                field('node-iban', 'iban', 'iban', { label: 'IBAN del conto corrente', required: true }),
                field('node-intestatario', 'text', 'intestatario_conto', { label: 'Intestatario del conto' }),
              ],
            },
          ),
          field('node-veridicita', 'consent', 'dichiarazione_veridicita', {
            label: 'Dichiaro che le informazioni fornite sono veritiere (art. 76 DPR 445/2000).',
            required: true,
          }),
          field('node-privacy', 'consent', 'consenso_privacy', {
            label: "Ho letto l'informativa sul trattamento dei dati personali.",
            required: true,
          }),
        ],
      },
    ],
    languages: { default: 'it', available: ['it', 'en'] },
    translations: {
      en: {
        'card.title': 'Food bonus',
        'step.step-nucleo.title': 'Household',
        'node.node-isee.label': 'Current ISEE',
        'node.node-familiari.label': 'Other household members',
        'node.node-familiare-nome.label': 'First name',
        'node.node-iban.label': 'Bank account IBAN',
        'requirement.req-isee.message': 'The current ISEE must not exceed €16,500.',
      },
    },
    technical: {
      ...defaultTechnicalSettings(),
      protocol: { enabled: true, registry: 'Protocollo generale', classification: '7.2' },
      integrations: [
        { id: 'int-tessera', name: 'Caricamento su tessera sanitaria', url: 'https://api.comune.example/tessera', event: 'approved' },
      ],
    },
    personas: [
      {
        id: 'persona-famiglia-quattro',
        name: 'Famiglia di quattro con ISEE basso',
        answers: { residente_comune: true, isee: 8200, componenti_nucleo: 4 },
      },
    ],
    history: [{ at: '2026-11-02T15:40:00.000Z', revision: 7, role: 'official', action: 'Modificata la scheda' }],
  };
}

/**
 * "Iscrizione al nido d'infanzia", scheduled like Cavallino-Treporti's call:
 * applications in March, graduatoria by points (after Bologna's criteria).
 */
export function iscrizioneNido(): ServiceDefinition {
  return {
    formatVersion: FORMAT_VERSION,
    id: 'svc-iscrizione-nido',
    revision: 3,
    createdAt: '2027-01-15T10:00:00.000Z',
    updatedAt: '2027-02-10T11:30:00.000Z',
    derivedFrom: null,
    status: 'scheduled',
    schedule: { opensAt: '2027-03-01T07:00:00.000Z', closesAt: '2027-03-31T21:59:59.000Z' },
    card: {
      ...emptyCard("Iscrizione al nido d'infanzia"),
      short_description: "Domanda di ammissione ai nidi d'infanzia comunali per l'anno educativo 2027/2028.",
      who: 'Famiglie con bambini da 3 a 36 mesi.',
      times_and_deadlines: 'Domande dal 1° al 31 marzo; graduatoria provvisoria entro il 31 maggio.',
    },
    requirements: [],
    steps: [
      {
        id: 'step-bambino',
        title: 'Bambino o bambina',
        nodes: [
          field('node-nome-bambino', 'text', 'nome_bambino', { label: 'Nome', required: true }),
          field('node-nascita-bambino', 'date', 'data_di_nascita_bambino', { label: 'Data di nascita', required: true }),
        ],
      },
      {
        id: 'step-punteggio',
        title: 'Situazione familiare',
        nodes: [
          field('node-genitore-solo', 'checkbox', 'genitore_solo', { label: 'Unico genitore presente', points: 15 }),
          field('node-gemelli', 'checkbox', 'gemelli', { label: 'Parto gemellare', points: 4 }),
        ],
      },
    ],
    languages: { default: 'it', available: ['it'] },
    translations: {},
    technical: defaultTechnicalSettings(),
    personas: [],
    history: [],
  };
}

/**
 * A service with `fieldCount` fields spread over steps of 50, every tenth
 * one a section holding four more fields: for benchmarks and "1,000 fields
 * must stay fluid" tests.
 */
export function largeService(fieldCount: number): ServiceDefinition {
  const def = bonusAlimentare();
  const steps: ServiceDefinition['steps'] = [];
  let made = 0;
  for (let s = 0; made < fieldCount; s += 1) {
    const nodes: FlowNode[] = [];
    for (let i = 0; i < 50 && made < fieldCount; i += 1) {
      const n = made;
      made += 1;
      if (n % 10 === 9 && made + 4 <= fieldCount) {
        const children = [0, 1, 2, 3].map((c) => {
          made += 1;
          return field(`n${n}-${c}`, 'text', `campo_${n}_${c}`, { label: `Campo ${n}.${c}`, required: c === 0 });
        });
        nodes.push(field(`n${n}`, 'section', `sezione_${n}`, { label: `Sezione ${n}` }, { children }));
      } else {
        nodes.push(
          field(`n${n}`, n % 3 === 0 ? 'number' : 'text', `campo_${n}`, { label: `Campo ${n}`, help: 'Testo di aiuto' }, {
            ...(n % 7 === 0 ? { visibleIf: { '>': [{ var: `campo_${Math.max(0, n - 1)}` }, 0] } } : {}),
          }),
        );
      }
    }
    steps.push({ id: `step-${s}`, title: `Passo ${s + 1}`, nodes });
  }
  return { ...def, id: 'svc-large', steps, translations: {}, personas: [] };
}

/** Freezes `value` and everything reachable from it: tests prove operations never mutate input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** A deterministic id generator for tests: `copia-1`, `copia-2`, … */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${n}`;
  };
}
