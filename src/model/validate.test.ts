import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createBlankService } from './factory';
import { bonusAlimentare, iscrizioneNido } from './fixtures';
import type { ServiceDefinition } from './types';
import { issuesFromAjv, isValidDefinition, validate } from './validate';

/** A fixture broken by `breakIt`, which may mutate its own fresh copy freely. */
function broken(breakIt: (def: any) => void, base: () => ServiceDefinition = bonusAlimentare): unknown {
  const def = base();
  breakIt(def);
  return def;
}


describe('validate: valid definitions', () => {
  it('accepts a blank service and the realistic fixtures', () => {
    expect(validate(createBlankService('Bonus alimentare'))).toEqual([]);
    expect(validate(bonusAlimentare())).toEqual([]);
    expect(validate(iscrizioneNido())).toEqual([]);
    expect(isValidDefinition(bonusAlimentare())).toBe(true);
  });
});

describe('validate: schema errors in Italian, with JSON paths', () => {
  it('names a missing required property by its own path', () => {
    const issues = validate(broken((d) => delete d.card.title));
    expect(issues).toEqual([{ path: '/card/title', message: 'Il titolo del servizio è obbligatorio' }]);
  });

  it('treats an empty required text as missing', () => {
    const issues = validate(broken((d) => (d.card.short_description = '')));
    expect(issues).toEqual([{ path: '/card/short_description', message: 'La descrizione breve è obbligatoria' }]);
  });

  it('agrees in gender and number', () => {
    expect(validate(broken((d) => delete d.card.costs))[0].message).toBe('I costi sono obbligatori');
    expect(validate(broken((d) => delete d.card.more_info))[0].message).toBe(
      'Le ulteriori informazioni sono obbligatorie',
    );
  });

  it('explains a malformed key', () => {
    const issues = validate(broken((d) => (d.steps[0].nodes[1].key = 'Bad Key')));
    expect(issues).toEqual([
      { path: '/steps/0/nodes/1/key', message: 'La chiave «Bad Key» deve essere in snake_case: lettere minuscole, cifre e _' },
    ]);
    const leadingDigit = validate(broken((d) => (d.steps[1].nodes[2].children[0].key = '2_nome')));
    expect(leadingDigit).toEqual([
      { path: '/steps/1/nodes/2/children/0/key', message: 'La chiave «2_nome» deve iniziare con una lettera minuscola' },
    ]);
  });

  it('gives one message for a bad status, listing the allowed values', () => {
    const issues = validate(broken((d) => (d.status = 'live')));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('/status');
    expect(issues[0].message).toMatch(/^Lo stato del servizio «live» non è valido: valori ammessi draft \(bozza\), published/);
  });

  it('gives one message for a malformed date in a "date or null" union', () => {
    const issues = validate(broken((d) => (d.schedule.opensAt = '1 marzo 2027')));
    expect(issues).toEqual([
      {
        path: '/schedule/opensAt',
        message:
          'La data di apertura «1 marzo 2027» non è una data e ora valida: usa il formato ISO 8601 (es. 2027-03-01T08:00:00.000Z)',
      },
    ]);
  });

  it('gives one type message when a value matches no branch of a union', () => {
    const issues = validate(broken((d) => (d.derivedFrom = 'svc-1')));
    expect(issues).toEqual([{ path: '/derivedFrom', message: "L'origine della copia deve essere un oggetto oppure vuoto (null)" }]);
  });

  it('reports problems inside the matching branch of a union', () => {
    const issues = validate(broken((d) => (d.derivedFrom = { id: 'svc-1', revision: 2 })));
    expect(issues).toEqual([{ path: '/derivedFrom/title', message: 'Il titolo del servizio di origine è obbligatorio' }]);
  });

  it('reports wrong types, and nothing else at the same path', () => {
    const issues = validate(broken((d) => (d.card.max_response_days = '30 giorni')));
    expect(issues).toEqual([{ path: '/card/max_response_days', message: 'Il tempo massimo di risposta deve essere un numero intero' }]);
    expect(validate(broken((d) => (d.steps = {})))).toEqual([{ path: '/steps', message: 'I passi devono essere un elenco' }]);
  });

  it('reports unknown properties by their path', () => {
    const issues = validate(broken((d) => (d.steps[2].nodes[0].children[0].label = 'IBAN')));
    expect(issues).toEqual([
      { path: '/steps/2/nodes/0/children/0/label', message: "Proprietà sconosciuta «label» nell'elemento" },
    ]);
    expect(validate(broken((d) => (d.card.costi = '')))[0]).toEqual({
      path: '/card/costi',
      message: 'Proprietà sconosciuta «costi» nella scheda del servizio',
    });
  });

  it('reports a bad language code in translations', () => {
    expect(validate(broken((d) => (d.translations.ENG = {})))).toEqual([
      {
        path: '/translations/ENG',
        message: 'Il codice lingua «ENG» delle traduzioni non è valido: servono due lettere minuscole (es. en)',
      },
    ]);
  });

  it('reports lengths, limits and list sizes', () => {
    expect(validate(broken((d) => (d.card.title = 'x'.repeat(161))))[0].message).toBe(
      'Il titolo del servizio supera il limite di 160 caratteri (ne ha 161)',
    );
    expect(validate(broken((d) => (d.card.max_response_days = -1)))[0].message).toBe(
      'Il tempo massimo di risposta deve essere almeno 0',
    );
    expect(validate(broken((d) => (d.steps = [])))[0]).toEqual({
      path: '/steps',
      message: 'Il servizio deve avere almeno un passo',
    });
    expect(validate(broken((d) => (d.languages.available = ['it', 'en', 'it'])))[0].message).toBe(
      '«it» compare due volte nelle lingue disponibili',
    );
  });

  it('reports a wrong formatVersion', () => {
    expect(validate(broken((d) => (d.formatVersion = 2)))[0]).toEqual({
      path: '/formatVersion',
      message: 'La versione del formato deve essere «1»',
    });
  });

  it('reports every problem at once, in document order', () => {
    const issues = validate(
      broken((d) => {
        delete d.card.title;
        d.steps[0].nodes[1].key = 'Email';
        d.languages.default = 'de';
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['/card/title', '/steps/0/nodes/1/key', '/languages/default']);
  });

  it('names a non-object document', () => {
    expect(validate([])).toEqual([{ path: '', message: 'Il documento deve essere un oggetto' }]);
  });

  it("falls back to ajv-i18n's Italian for keywords without a custom message", () => {
    const error = {
      instancePath: '/card/max_response_days',
      schemaPath: '#/x/multipleOf',
      keyword: 'multipleOf',
      params: { multipleOf: 7 },
      message: 'must be multiple of 7',
    } as ErrorObject;
    expect(issuesFromAjv([error])).toEqual([
      { path: '/card/max_response_days', message: 'Il tempo massimo di risposta: deve essere un multiplo di 7' },
    ]);
  });
});

describe('validate: semantic checks', () => {
  it('finds a field key used twice across the service', () => {
    const issues = validate(broken((d) => (d.steps[1].nodes[0].key = 'email')));
    expect(issues).toEqual([
      { path: '/steps/1/nodes/0/key', message: 'La chiave «email» è usata due volte: /steps/0/nodes/1 e /steps/1/nodes/0' },
    ]);
  });

  it('finds duplicate node ids, also inside containers and across steps', () => {
    const issues = validate(broken((d) => (d.steps[2].nodes[0].children[1].id = 'node-isee')));
    expect(issues).toEqual([
      {
        path: '/steps/2/nodes/0/children/1/id',
        message: "L'identificativo «node-isee» è usato due volte: /steps/1/nodes/0 e /steps/2/nodes/0/children/1",
      },
    ]);
  });

  it('finds duplicate step, requirement and persona ids', () => {
    const issues = validate(
      broken((d) => {
        d.steps[2].id = 'step-richiedente';
        d.requirements[1].id = 'req-residenza';
        d.personas.push({ ...d.personas[0], name: 'Copia' });
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['/requirements/1/id', '/steps/2/id', '/personas/1/id']);
  });

  it('requires both dates of a scheduled service', () => {
    const issues = validate(broken((d) => (d.schedule = { opensAt: '2027-03-01T07:00:00.000Z' }), iscrizioneNido));
    expect(issues).toEqual([{ path: '/schedule/closesAt', message: 'Un servizio programmato richiede la data di chiusura' }]);
    const none = validate(broken((d) => (d.schedule = { opensAt: null, closesAt: null }), iscrizioneNido));
    expect(none.map((i) => i.path)).toEqual(['/schedule/opensAt', '/schedule/closesAt']);
  });

  it('requires the closing after the opening', () => {
    const issues = validate(broken((d) => (d.schedule.closesAt = '2027-02-01T00:00:00.000Z'), iscrizioneNido));
    expect(issues).toEqual([
      { path: '/schedule/closesAt', message: 'La data di chiusura deve essere successiva alla data di apertura' },
    ]);
  });

  it('requires the default language among the available ones', () => {
    expect(validate(broken((d) => (d.languages.default = 'de')))).toEqual([
      { path: '/languages/default', message: 'La lingua predefinita «de» non è tra le lingue disponibili (it, en)' },
    ]);
  });

  it('runs on schema-invalid input without throwing', () => {
    const weird = [null, 0, 'x', [], {}, { steps: 'x' }, { steps: [null, { nodes: [1, { children: 'x' }] }] }];
    for (const value of weird) expect(() => validate(value)).not.toThrow();
  });
});

describe('validate: absurd input', () => {
  it('reports nodes nested beyond the limit instead of overflowing', () => {
    let node: Record<string, unknown> = { id: 'foglia', type: 'text', key: 'foglia', props: {} };
    for (let i = 0; i < 20_000; i += 1) node = { id: `n${i}`, type: 'section', key: `k${i}`, props: {}, children: [node] };
    const def = { ...bonusAlimentare(), steps: [{ id: 'passo', title: 'Passo', nodes: [node] }] };
    const issues = validate(def);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].message).toMatch(/annidati troppo in profondità/);
  });

  it('reports nodes nested a little beyond the limit by path', () => {
    let node: Record<string, unknown> = { id: 'foglia', type: 'text', key: 'foglia', props: {} };
    for (let i = 0; i < 40; i += 1) node = { id: `n${i}`, type: 'section', key: `k${i}`, props: {}, children: [node] };
    const def = { ...bonusAlimentare(), steps: [{ id: 'passo', title: 'Passo', nodes: [node] }] };
    const issues = validate(def);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe(`/steps/0/nodes/0${'/children/0'.repeat(31)}/children`);
  });
});
