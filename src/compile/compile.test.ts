import { describe, expect, it } from 'vitest';
import { createRegistry, defaultRegistry } from '../blocks/registry';
import { defaultBlocks } from '../blocks/defaultBlocks';
import { NOTICE_FIELD } from '../blocks/shared/uiFields';
import type { BlockDefinition, JsonSchema } from '../blocks/types';
import type { ServiceDefinition } from '../model/types';
import { compile } from './compile';
import { bonusAlimentare } from './fixtures/bonusAlimentare';
import { largeService } from './fixtures/largeService';

type S = JsonSchema & { properties: Record<string, S>; required?: string[]; items?: S; title?: string };
const props = (schema: JsonSchema) => (schema as S).properties;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('compile – Buoni spesa (bonus alimentare)', () => {
  const flow = compile(bonusAlimentare());

  it('mantiene i passi nell’ordine del canvas', () => {
    expect(flow.steps.map((s) => [s.id, s.title])).toEqual([
      ['step-richiedente', 'Richiedente'],
      ['step-economica', 'Situazione economica'],
      ['step-nucleo', 'Nucleo familiare'],
      ['step-accredito', 'Accredito e consenso'],
    ]);
    expect(flow.steps[0].description).toBe('Chi presenta la domanda per il nucleo familiare.');
    expect(flow.unknownTypes).toEqual([]);
    expect(flow.warnings).toEqual([]);
    expect(flow.language).toBe('it');
  });

  it('elenca i campi obbligatori di ogni passo', () => {
    expect(flow.steps.map((s) => s.schema.required)).toEqual([
      ['richiedente'],
      ['isee', 'altri_sostegni', 'importo_sostegni', 'abitazione'],
      ['numero_componenti', 'componenti'],
      ['iban_accredito', 'consenso_privacy'],
    ]);
  });

  it('ordina proprietà e ui:order come sul canvas, a ogni livello', () => {
    const [richiedente, economica, nucleo, accredito] = flow.steps;
    expect(Object.keys(props(richiedente.schema))).toEqual(['come_funziona', 'richiedente']);
    expect(richiedente.uiSchema['ui:order']).toEqual(['come_funziona', 'richiedente']);
    expect(economica.uiSchema['ui:order']).toEqual(['isee', 'altri_sostegni', 'importo_sostegni', 'abitazione']);
    expect((economica.uiSchema.abitazione as Record<string, unknown>)['ui:order']).toEqual(['tipo_abitazione', 'canone_affitto']);
    expect(nucleo.uiSchema['ui:order']).toEqual(['numero_componenti', 'componenti']);
    expect(accredito.uiSchema['ui:order']).toEqual(['iban_accredito', 'email_comunicazioni', 'attestazione_isee', 'consenso_privacy']);
    expect(accredito.uiSchema['ui:submitButtonOptions']).toEqual({ submitText: 'Invia' });
    expect(richiedente.uiSchema['ui:submitButtonOptions']).toEqual({ submitText: 'Avanti' });
  });

  it('compila sezioni e gruppi ripetibili in schemi annidati', () => {
    const abitazione = props(flow.steps[1].schema).abitazione;
    expect(abitazione).toMatchObject({ type: 'object', title: 'Abitazione', required: ['tipo_abitazione'] });
    expect(props(abitazione).tipo_abitazione).toMatchObject({ enum: ['affitto', 'proprieta', 'ospite'] });

    const componenti = props(flow.steps[2].schema).componenti;
    expect(componenti).toMatchObject({
      type: 'array',
      title: 'Componenti del nucleo familiare',
      minItems: 1,
      maxItems: 10,
      items: { type: 'object', title: 'Componente del nucleo', required: ['nome_cognome', 'codice_fiscale_componente', 'data_nascita'] },
    });
    expect(props(componenti.items!)).toMatchObject({
      nome_cognome: { type: 'string', maxLength: 120 },
      codice_fiscale_componente: { format: 'codice-fiscale' },
      data_nascita: { format: 'date-past' },
    });
    expect((flow.steps[2].uiSchema.componenti as { items: Record<string, unknown> }).items['ui:order']).toEqual([
      'nome_cognome',
      'codice_fiscale_componente',
      'data_nascita',
    ]);

    const richiedente = props(flow.steps[0].schema).richiedente;
    expect(Object.keys(props(richiedente))).toEqual(['name', 'surname', 'fiscal_code', 'birth_date', 'address', 'email', 'phone']);
    expect(props(richiedente).address).toMatchObject({ type: 'object', required: ['street', 'number', 'postcode', 'municipality', 'province'] });
  });

  it('mappa ogni chiave, anche annidata, al suo nodo', () => {
    expect(flow.steps[2].nodeIds).toEqual({
      numero_componenti: 'n-componenti-numero',
      componenti: 'n-componenti',
      nome_cognome: 'n-comp-nome',
      codice_fiscale_componente: 'n-comp-cf',
      data_nascita: 'n-comp-nascita',
    });
  });

  it('conserva le regole di visibilità senza applicarle', () => {
    expect(props(flow.steps[1].schema).importo_sostegni['x-visible-if']).toEqual({ '==': [{ var: 'altri_sostegni' }, true] });
    expect(props(props(flow.steps[1].schema).abitazione).canone_affitto['x-visible-if']).toEqual({
      '==': [{ var: 'abitazione.tipo_abitazione' }, 'affitto'],
    });
    expect(props(flow.steps[1].schema).isee).not.toHaveProperty('x-visible-if');
  });

  it('il testo informativo ha solo uno spazio di visualizzazione, senza risposta', () => {
    expect(props(flow.steps[0].schema).come_funziona).toEqual({ type: 'null', readOnly: true, 'x-display': true });
    expect(flow.steps[0].uiSchema.come_funziona).toMatchObject({ 'ui:field': 'MattonciniInfo' });
  });

  it('porta i messaggi in italiano nello schema', () => {
    expect(props(flow.steps[3].schema).iban_accredito['x-messages']).toEqual({
      required: 'Il campo «IBAN» è obbligatorio',
      format: '«IBAN» non valido: serve un IBAN italiano di 27 caratteri che inizia con IT',
    });
  });

  it('produce JSON puro: il giro JSON restituisce gli stessi passi', () => {
    const json = JSON.stringify(flow.steps);
    expect(JSON.parse(json)).toEqual(flow.steps);
    // And the whole flow serialises (formats are functions, dropped by JSON).
    expect(() => JSON.stringify(flow)).not.toThrow();
  });

  it('è deterministico e non modifica la definizione', () => {
    const def = deepFreeze(bonusAlimentare());
    const a = compile(def);
    const b = compile(def);
    expect(JSON.stringify(a.steps)).toBe(JSON.stringify(b.steps));
    expect(a.steps[0].schema).not.toBe(b.steps[0].schema);
  });

  it('usa i formati del registro', () => {
    expect(flow.formats).toBe(defaultRegistry.formats());
  });
});

describe('compile – tipi sconosciuti', () => {
  function withUnknown(): ServiceDefinition {
    const def = bonusAlimentare();
    def.steps[3].nodes.splice(1, 0, { id: 'n-pagopa', type: 'pagopa_payment', key: 'pagamento', props: { amount: 16 } });
    const section = def.steps[1].nodes[3];
    section.children!.push({
      id: 'n-futuro',
      type: 'slot_picker',
      key: 'appuntamento',
      props: {},
      children: [{ id: 'n-figlio', type: 'text', key: 'dentro_sconosciuto', props: { label: 'X' } }],
    });
    def.steps[2].nodes.push({ id: 'n-pagopa-2', type: 'pagopa_payment', key: 'pagamento_2', props: {} });
    return def;
  }

  it('li mostra come avviso in sola lettura, al loro posto, e li elenca una volta', () => {
    const flow = compile(withUnknown());
    expect(flow.unknownTypes).toEqual(['slot_picker', 'pagopa_payment']);
    const step = flow.steps[3];
    expect(step.uiSchema['ui:order']).toEqual(['iban_accredito', 'pagamento', 'email_comunicazioni', 'attestazione_isee', 'consenso_privacy']);
    expect(step.uiSchema.pagamento).toEqual({
      'ui:field': NOTICE_FIELD,
      'ui:options': { text: 'Elemento di tipo «pagopa_payment» non supportato da questa versione' },
    });
    expect(props(step.schema).pagamento).toEqual({ type: 'null', readOnly: true, 'x-unknown-type': 'pagopa_payment' });
    expect(step.schema.required).not.toContain('pagamento');
    expect(step.nodeIds.pagamento).toBe('n-pagopa');
  });

  it('anche dentro una sezione, senza compilare i figli che non sa interpretare', () => {
    const flow = compile(withUnknown());
    const abitazione = props(flow.steps[1].schema).abitazione;
    expect(Object.keys(props(abitazione))).toEqual(['tipo_abitazione', 'canone_affitto', 'appuntamento']);
    expect(flow.steps[1].nodeIds).not.toHaveProperty('dentro_sconosciuto');
  });

  it('non fa cadere il resto del servizio', () => {
    const flow = compile(withUnknown());
    const plain = compile(bonusAlimentare());
    expect(props(flow.steps[0].schema)).toEqual(props(plain.steps[0].schema));
  });
});

describe('compile – file rovinati e registri diversi', () => {
  it('rinomina una chiave duplicata e lo segnala', () => {
    const def = bonusAlimentare();
    def.steps[3].nodes.push({ id: 'n-dup', type: 'text', key: 'iban_accredito', props: { label: 'Note' } });
    const flow = compile(def);
    expect(Object.keys(props(flow.steps[3].schema))).toContain('iban_accredito_2');
    expect(flow.steps[3].nodeIds.iban_accredito_2).toBe('n-dup');
    expect(flow.warnings).toEqual([{ nodeId: 'n-dup', message: 'Chiave «iban_accredito» duplicata: rinominata in «iban_accredito_2»' }]);
  });

  it('un tipo che fallisce diventa un avviso, non un’eccezione', () => {
    const exploding: BlockDefinition = {
      ...defaultRegistry.get('text')!,
      type: 'text',
      compile: () => {
        throw new Error('proprietà inattese');
      },
    };
    const registry = createRegistry([exploding, ...defaultBlocks.filter((b) => b.type !== 'text')]);
    const flow = compile(bonusAlimentare(), registry);
    expect(flow.warnings.map((w) => w.nodeId)).toEqual(['n-comp-nome']);
    const item = (props(flow.steps[2].schema).componenti as S).items!;
    expect(props(item).nome_cognome).toMatchObject({ type: 'null', readOnly: true, 'x-broken': true });
  });

  it('con un registro ridotto, i tipi mancanti sono sconosciuti', () => {
    const registry = createRegistry(defaultBlocks.filter((b) => b.type !== 'iban'));
    const flow = compile(bonusAlimentare(), registry);
    expect(flow.unknownTypes).toEqual(['iban']);
    expect(Object.keys(flow.formats)).not.toContain('iban-it');
  });

  it('compila un servizio vuoto', () => {
    const def = bonusAlimentare();
    def.steps = [{ id: 's', title: 'Vuoto', nodes: [] }];
    expect(compile(def).steps[0].schema).toEqual({ type: 'object', properties: {}, required: [] });
  });
});

describe('compile – lingue', () => {
  function bilingual(): ServiceDefinition {
    const def = bonusAlimentare();
    def.languages = { default: 'it', available: ['it', 'en'] };
    def.translations = {
      en: {
        'step.step-accredito.title': 'Bank account and consent',
        'node.n-iban.label': 'Bank account (IBAN)',
        'node.n-tipo-abitazione.label': 'The home is',
        'node.n-tipo-abitazione.options.affitto': 'Rented',
      },
    };
    return def;
  }

  it('usa le traduzioni e i messaggi della lingua richiesta', () => {
    const flow = compile(bilingual(), defaultRegistry, { language: 'en' });
    expect(flow.language).toBe('en');
    const step = flow.steps[3];
    expect(step.title).toBe('Bank account and consent');
    expect(props(step.schema).iban_accredito).toMatchObject({
      title: 'Bank account (IBAN)',
      'x-messages': { required: 'The field «Bank account (IBAN)» is required' },
    });
    const abitazione = flow.steps[1].uiSchema.abitazione as Record<string, Record<string, unknown>>;
    expect(abitazione.tipo_abitazione['ui:enumNames']).toEqual(['Rented', 'Di proprietà', 'Ospite di altri']);
    expect(step.uiSchema['ui:submitButtonOptions']).toEqual({ submitText: 'Send' });
  });

  it('nella lingua predefinita ignora le traduzioni', () => {
    const flow = compile(bilingual());
    expect(flow.steps[3].title).toBe('Accredito e consenso');
    expect(props(flow.steps[3].schema).iban_accredito.title).toBe('IBAN');
  });
});

describe('compile – servizi grandi', () => {
  // Speed is measured by `npm run bench`, never by a timed test.
  it('compila un servizio di 1.000 campi senza perdere campi', () => {
    const def = largeService(1000);
    const flow = compile(def);
    const fields = flow.steps.reduce((n, s) => n + Object.keys(s.nodeIds).length, 0);
    expect(fields).toBeGreaterThanOrEqual(1000);
    expect(flow.unknownTypes).toEqual([]);
  });
});
