import { describe, expect, it } from 'vitest';
import { defaultBlocks } from './defaultBlocks';
import { createNode, createRegistry, defaultRegistry } from './registry';
import { textBlock } from './text/definition';
import { PALETTE_GROUPS, type BlockDefinition } from './types';

const EXPECTED: Record<string, [string, string]> = {
  text: ['Testo breve', 'fields'],
  textarea: ['Testo lungo', 'fields'],
  number: ['Numero', 'fields'],
  money: ['Importo (€)', 'fields'],
  date: ['Data', 'fields'],
  email: ['Email', 'fields'],
  phone: ['Telefono', 'fields'],
  choice: ['Scelta singola', 'fields'],
  multi_choice: ['Scelta multipla', 'fields'],
  yes_no: ['Sì/No', 'fields'],
  consent: ['Consenso (privacy)', 'fields'],
  attachment: ['Allegato', 'fields'],
  codice_fiscale: ['Codice fiscale', 'personal'],
  iban: ['IBAN', 'personal'],
  address: ['Indirizzo', 'personal'],
  isee: ['ISEE', 'personal'],
  applicant: ['Dati del richiedente', 'personal'],
  permit: ['Richiesta di autorizzazione / permesso', 'patterns'],
  ranking: ['Graduatoria', 'patterns'],
  payment: ['Pagamento', 'patterns'],
  benefit: ['Beneficio economico', 'patterns'],
  booking: ['Prenotazione appuntamento', 'patterns'],
  section: ['Sezione', 'layout'],
  repeatable_group: ['Gruppo ripetibile', 'layout'],
  info_text: ['Testo informativo', 'layout'],
};

describe('registro dei tipi', () => {
  it('contiene i tipi previsti, con etichetta e gruppo', () => {
    expect(defaultRegistry.all().map((b) => b.type)).toEqual(Object.keys(EXPECTED));
    for (const [type, [label, group]] of Object.entries(EXPECTED)) {
      const block = defaultRegistry.get(type)!;
      expect(block.label.it).toBe(label);
      expect(block.group).toBe(group);
      expect(defaultRegistry.has(type)).toBe(true);
    }
    expect(defaultRegistry.get('booking_future')).toBeUndefined();
    expect(defaultRegistry.has('booking_future')).toBe(false);
  });

  it('raggruppa per tavolozza, nell’ordine di registrazione', () => {
    const total = PALETTE_GROUPS.reduce((n, g) => n + defaultRegistry.byGroup(g.id).length, 0);
    expect(total).toBe(defaultBlocks.length);
    expect(defaultRegistry.byGroup('layout').map((b) => b.type)).toEqual(['section', 'repeatable_group', 'info_text']);
    expect(defaultRegistry.byGroup('patterns').map((b) => b.type)).toEqual(['permit', 'ranking', 'payment', 'benefit', 'booking']);
  });

  it('solo i contenitori sono contenitori', () => {
    expect(defaultRegistry.all().filter((b) => b.container).map((b) => b.type)).toEqual(['section', 'repeatable_group']);
  });

  it('offrono un simulatore la graduatoria (punteggi) e il beneficio (budget), e nessun altro', () => {
    const simulators = defaultRegistry.all().filter((b) => b.simulator).map((b) => [b.type, b.simulator]);
    expect(simulators).toEqual([['ranking', 'ranking'], ['benefit', 'budget']]);
  });

  it('almeno alcuni tipi hanno proprietà riservate ai tecnici', () => {
    const technical = defaultRegistry.all().filter((b) => b.technicalProps.length > 0);
    expect(technical.length).toBeGreaterThanOrEqual(5);
  });

  it('unisce i formati personalizzati una volta sola', () => {
    const formats = defaultRegistry.formats();
    expect(Object.keys(formats).sort()).toEqual(
      ['codice-fiscale', 'date-future', 'date-past', 'iban', 'iban-it', 'isee-dsu', 'phone', 'pagopa-notice-code'].sort(),
    );
    expect(defaultRegistry.formats()).toBe(formats);
    expect(Object.isFrozen(formats)).toBe(true);
  });

  it('rifiuta tipi duplicati e formati in conflitto', () => {
    expect(() => createRegistry([textBlock, textBlock])).toThrow(/duplicato/);
    const a = { ...textBlock, type: 'a', formats: { x: () => true } } as BlockDefinition;
    const b = { ...textBlock, type: 'b', formats: { x: () => false } } as BlockDefinition;
    expect(() => createRegistry([a, b])).toThrow(/formato «x»/);
  });
});

describe('createNode', () => {
  let n = 0;
  const ids = () => `id${++n}`;

  it('crea un nodo con id nuovo, proprietà predefinite e chiave dall’etichetta', () => {
    const node = createNode(defaultRegistry, 'codice_fiscale', new Set(), ids);
    expect(node).toEqual({
      id: expect.stringMatching(/^id\d+$/),
      type: 'codice_fiscale',
      key: 'codice_fiscale',
      props: defaultRegistry.get('codice_fiscale')!.defaultProps(),
    });
  });

  it('rende unica la chiave con _2, _3', () => {
    const taken = new Set(['testo_breve', 'testo_breve_2']);
    expect(createNode(defaultRegistry, 'text', taken, ids).key).toBe('testo_breve_3');
    expect(createNode(defaultRegistry, 'yes_no', new Set(), ids).key).toBe('si_no');
    expect(createNode(defaultRegistry, 'money', new Set(), ids).key).toBe('importo');
  });

  it('usa la chiave breve dei tipi con etichette lunghe', () => {
    expect(createNode(defaultRegistry, 'consent', new Set(), ids).key).toBe('consenso_privacy');
    expect(createNode(defaultRegistry, 'applicant', new Set(), ids).key).toBe('richiedente');
    expect(createNode(defaultRegistry, 'info_text', new Set(), ids).key).toBe('testo_informativo');
  });

  it('i contenitori nascono con figli vuoti; props mai condivise', () => {
    const a = createNode(defaultRegistry, 'repeatable_group', new Set(), ids);
    const b = createNode(defaultRegistry, 'repeatable_group', new Set(), ids);
    expect(a.children).toEqual([]);
    expect(a.props).not.toBe(b.props);
    expect(a.id).not.toBe(b.id);
  });

  it('usa un id casuale se non ne riceve uno', () => {
    expect(createNode(defaultRegistry, 'text', new Set()).id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('rifiuta un tipo sconosciuto', () => {
    expect(() => createNode(defaultRegistry, 'booking_future', new Set())).toThrow(/sconosciuto/);
  });
});
