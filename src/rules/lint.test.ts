import { describe, expect, test } from 'vitest';
import { createBlankService } from '../model/factory';
import type { JsonLogicRule, ServiceDefinition } from '../model/types';
import { BOLOGNA_NURSERY_POINTS, MANFREDONIA_FEE, PISA_AMOUNT, PISA_REQUIREMENT, SAVONA_AMOUNT } from './fixtures';
import { lintRule, type FieldInfo } from './lint';
import { collectRules, lintDefinitionRules } from './lintDefinition';

/** Fields of the Pisa buoni-spesa service, by answer path. */
const FIELDS = new Map<string, FieldInfo>([
  ['richiedente.nome', { kind: 'text', label: 'Nome' }],
  ['richiedente.data_nascita', { kind: 'date', label: 'Data di nascita' }],
  ['residente', { kind: 'boolean', label: 'Residente nel Comune' }],
  ['isee.value', { kind: 'money', label: 'ISEE (valore)' }],
  ['isee.expiry', { kind: 'date', label: 'Scadenza ISEE' }],
  ['isee.dsu', { kind: 'text', label: 'Protocollo DSU' }],
  ['nucleo', { kind: 'list', label: 'Nucleo familiare' }],
  ['nucleo.nome', { kind: 'text', label: 'Nome del componente' }],
  ['nucleo.data_nascita', { kind: 'date', label: 'Data di nascita del componente' }],
  ['nucleo.relazione', { kind: 'choice', label: 'Relazione' }],
]);
const BOLOGNA_FIELDS = new Map<string, FieldInfo>([
  ['solo_genitore', { kind: 'boolean', label: 'Unico genitore' }],
  ['genitori', { kind: 'list', label: 'Genitori' }],
  ['genitori.invalidita', { kind: 'choice', label: 'Invalidità' }],
  ['genitori.lavoro', { kind: 'choice', label: 'Lavoro' }],
  ['fratelli_disabili', { kind: 'list', label: 'Fratelli con disabilità' }],
  ['gemelli', { kind: 'number', label: 'Gemelli' }],
]);

const lint = (rule: JsonLogicRule) => lintRule(rule, FIELDS, '/requirements/0/rule');

describe('lintRule', () => {
  test('real service rules are clean', () => {
    for (const rule of [PISA_REQUIREMENT, PISA_AMOUNT, SAVONA_AMOUNT, { if: [{ '!': [{ var: 'residente' }] }, 4.5, 2] }]) {
      expect(lint(rule)).toEqual([]);
    }
    expect(lintRule(BOLOGNA_NURSERY_POINTS, BOLOGNA_FIELDS, '')).toEqual([]);
  });

  test('names a missing field, with a suggestion, at its pointer', () => {
    expect(lint({ and: [{ '<=': [{ var: 'isee_valor' }, 16500] }, { '!!': [{ var: 'residente' }] }] })).toEqual([
      {
        path: '/requirements/0/rule/and/0/<=/0',
        message: 'La regola usa il campo «isee_valor», che non esiste nel servizio. Forse intendevi «isee.value»?',
        severity: 'error',
      },
    ]);
    expect(lint({ missing: ['codice_fiscale_genitore'] })[0].message).toBe(
      'La regola usa il campo «codice_fiscale_genitore», che non esiste nel servizio',
    );
  });

  test('flags a date compared with a number, suggesting the age', () => {
    expect(lint({ '>=': [{ var: 'richiedente.data_nascita' }, 18] })).toEqual([
      {
        path: '/requirements/0/rule',
        message:
          "La regola confronta la data «Data di nascita» con il numero 18: per un'età usa «età» (anni compiuti da una data)",
        severity: 'error',
      },
    ]);
    expect(lint({ '>=': [{ age: [{ var: 'richiedente.data_nascita' }] }, 18] })).toEqual([]);
  });

  test('text vs number is a warning; a date written the Italian way is an error', () => {
    expect(lint({ '==': [{ var: 'isee.dsu' }, 2025] })).toMatchObject([
      { severity: 'warning', message: 'La regola confronta il testo «Protocollo DSU» con il numero 2.025' },
    ]);
    expect(lint({ '<': [{ var: 'isee.expiry' }, '31/12/2025'] })).toMatchObject([
      { severity: 'error', message: 'La regola confronta la data «Scadenza ISEE» con il testo «31/12/2025»: scrivi le date come AAAA-MM-GG' },
    ]);
    expect(lint({ '>=': [{ var: 'isee.expiry' }, { today: [] }] })).toEqual([]);
  });

  test('a list compared with a number, or a date in a calculation', () => {
    expect(lint({ '>=': [{ var: 'nucleo' }, 3] })[0]).toMatchObject({
      severity: 'error',
      message: "La regola confronta l'elenco «Nucleo familiare» con il numero 3: per contare gli elementi usa «numero di»",
    });
    expect(lint({ '+': [{ var: 'isee.expiry' }, 30] })[0]).toMatchObject({
      path: '/requirements/0/rule/+/0',
      message: 'La regola usa la data «Scadenza ISEE» in un calcolo («+»): il risultato non sarebbe un numero',
    });
    expect(lint({ age: [{ var: 'isee.value' }] })[0].message).toBe("«età» richiede una data, ma riceve l'importo «ISEE (valore)»");
    expect(lint({ count: [{ var: 'richiedente.nome' }] })[0].message).toContain('richiede un elenco');
  });

  test('unknown operators, forbidden ones and wrong arity', () => {
    expect(lint({ punti_bonus: [1] } as JsonLogicRule)).toEqual([
      { path: '/requirements/0/rule', message: 'Operazione sconosciuta «punti_bonus»: la regola non può essere calcolata', severity: 'error' },
    ]);
    expect(lint({ log: [1] })[0].message).toMatch(/^L'operazione «log» non è consentita/);
    expect(lint({ '<=': [{ var: 'isee.value' }] })[0].message).toBe("L'operazione «<=» richiede 2 o 3 argomenti, ma ne ha 1");
    expect(lint({ today: [1] })[0].message).toBe("L'operazione «today» richiede 0 argomenti, ma ne ha 1");
    expect(lint({ if: [{ var: 'residente' }, 1] })[0]).toMatchObject({ severity: 'warning' });
    expect(lint({ a: 1, b: 2 } as JsonLogicRule)[0].message).toContain('più operazioni');
  });

  test('list item fields: inside some/reduce, through an index, and in sum_of', () => {
    expect(lint({ some: [{ var: 'nucleo' }, { '<': [{ age: [{ var: 'data_nascita' }] }, 3] }] })).toEqual([]);
    expect(lint({ some: [{ var: 'nucleo' }, { '==': [{ var: 'parentela' }, 'figlio'] }] })).toMatchObject([
      { path: '/requirements/0/rule/some/1/==/0', message: 'La regola usa il campo «parentela», che non esiste nel servizio' },
    ]);
    expect(lint({ '==': [{ var: 'nucleo.0.relazione' }, 'coniuge'] })).toEqual([]);
    expect(lint({ sum_of: [{ var: 'nucleo' }, 'reddito'] })[0].message).toContain('«reddito»');
    expect(lint({ some: [{ var: 'richiedente.nome' }, { var: 'x' }] })[0].message).toContain('che non è un elenco');
  });

  test('bracket tables must be ascending pairs', () => {
    expect(lint({ bracket: [{ var: 'isee.value' }, [[6000, 2], [15000, 4], [9360, 3.5]], 4.5] })).toEqual([
      { path: '/requirements/0/rule/bracket/1/2', message: 'Le fasce devono avere limiti crescenti: 9.360 viene dopo 15.000', severity: 'warning' },
    ]);
    expect(lint({ bracket: [{ var: 'isee.value' }, [6000, 2], 4.5] })[0].message).toContain('coppie');
    expect(lint(MANFREDONIA_FEE)).toEqual([]);
  });

  test('never throws on a cyclic object', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.and = [cyclic];
    expect(lintRule(cyclic as JsonLogicRule, FIELDS, '')[0].message).toBe('La regola non può essere analizzata');
  });
});

describe('lintDefinitionRules', () => {
  function pisaService(): ServiceDefinition {
    let n = 0;
    const def = createBlankService('Buoni spesa 2021', new Date('2021-11-02T09:00:00Z'), () => `id${++n}`);
    def.requirements = [
      { id: 'isee', name: 'ISEE', rule: { '<=': [{ var: 'isee_valor' }, 16500] }, message: 'ISEE superiore a 16.500 €' },
    ];
    def.steps = [
      {
        id: 's1',
        title: 'Richiedente',
        nodes: [
          { id: 'n1', type: 'date', key: 'data_nascita', props: { label: 'Data di nascita' } },
          {
            id: 'n2',
            type: 'repeatable_group',
            key: 'nucleo',
            props: { label: 'Nucleo familiare' },
            children: [
              { id: 'n3', type: 'text', key: 'nome', props: {} },
              { id: 'n4', type: 'text', key: 'scuola', props: {}, visibleIf: { '<': [{ var: 'data_nascita' }, 6] } },
            ],
          },
        ],
      },
      { id: 's2', title: 'Figli', visibleIf: { '>=': [{ count: [{ var: 'nucleo' }] }, 2] }, nodes: [] },
    ];
    return def;
  }

  test('walks requirements, step and nested node visibility, with item scope', () => {
    const def = pisaService();
    expect(collectRules(def, FIELDS).map((r) => r.path)).toEqual([
      '/requirements/0/rule',
      '/steps/0/nodes/1/children/1/visibleIf',
      '/steps/1/visibleIf',
    ]);
    expect(lintDefinitionRules(def, FIELDS)).toEqual([
      expect.objectContaining({ path: '/requirements/0/rule/<=/0', message: expect.stringContaining('«isee_valor»') }),
      {
        path: '/steps/0/nodes/1/children/1/visibleIf',
        message:
          "La regola confronta la data «Data di nascita del componente» con il numero 6: per un'età usa «età» (anni compiuti da una data)",
        severity: 'error',
      },
    ]);
  });

  test('extraRules: pattern-block rules are linted at the pointers the registry gives', () => {
    const def = pisaService();
    const amount: JsonLogicRule = { min: [{ '*': [150, { count: [{ var: 'nucleo' }] }] }, { var: 'tetto' }] };
    const issues = lintDefinitionRules(def, FIELDS, () => [{ path: '/steps/1/nodes/0/props/amount', rule: amount }]);
    expect(issues.map((i) => i.path)).toContain('/steps/1/nodes/0/props/amount/min/1');
  });
});
