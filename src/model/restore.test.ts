import { describe, expect, it } from 'vitest';
import { bonusAlimentare, largeService } from './fixtures';
import { restore } from './restore';
import { countNodes } from './tree';
import type { ServiceDefinition } from './types';

const KNOWN = new Set(['applicant', 'email', 'checkbox', 'isee', 'number', 'repeatable_group', 'text', 'date', 'section', 'iban', 'consent', 'codice_fiscale']);

describe('restore: valid input', () => {
  it('loads JSON text', () => {
    const result = restore(JSON.stringify(bonusAlimentare(), null, 2));
    expect(result).toEqual({ ok: true, definition: bonusAlimentare(), warnings: [] });
  });

  it('loads an already-parsed value as a deep copy detached from the input', () => {
    const input = bonusAlimentare();
    const result = restore(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.definition).toEqual(input);
    expect(result.definition).not.toBe(input);
    expect(result.definition.steps[1].nodes[2]).not.toBe(input.steps[1].nodes[2]);
    input.steps[0].title = 'Cambiato dopo';
    (input.steps[0].nodes[0].props as Record<string, unknown>).label = 'Cambiato dopo';
    expect(result.definition.steps[0].title).toBe('Richiedente');
    expect(result.definition.steps[0].nodes[0].props.label).toBe('Dati del richiedente');
  });

  it('keeps nodes of unknown types, with a warning each', () => {
    const def = bonusAlimentare();
    def.steps[1].nodes[2].children![1].type = 'firma_digitale';
    const result = restore(def, { knownTypes: KNOWN });
    expect(result).toEqual({
      ok: true,
      definition: def,
      warnings: [
        {
          path: '/steps/1/nodes/2/children/1/type',
          message: "Tipo di elemento sconosciuto «firma_digitale»: conservato così com'è",
        },
      ],
    });
    expect(restore(bonusAlimentare(), { knownTypes: KNOWN })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('restore: rejected input, never half-loaded', () => {
  const expectFailure = (input: unknown, path: string, message: string | RegExp) => {
    const result = restore(input);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('definition');
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0].path).toBe(path);
    if (typeof message === 'string') expect(result.errors[0].message).toBe(message);
    else expect(result.errors[0].message).toMatch(message);
  };

  it('reports a JSON syntax error with line and column', () => {
    expectFailure('{\n  "formatVersion": 1,\n  "id": "x",\n}', '', 'Il file non è JSON valido (riga 4, colonna 1): virgola di troppo prima di «}»');
  });

  it('reports a missing, malformed or newer formatVersion at /formatVersion', () => {
    const { formatVersion: _omitted, ...withoutVersion } = bonusAlimentare();
    expectFailure(withoutVersion, '/formatVersion', 'Manca la versione del formato (formatVersion)');
    expectFailure({ ...bonusAlimentare(), formatVersion: 'uno' }, '/formatVersion', /non è valida/);
    expectFailure(JSON.stringify({ ...bonusAlimentare(), formatVersion: 2 }), '/formatVersion', /creato con una versione più recente di Mattoncini/);
  });

  it('reports schema and semantic errors by path', () => {
    const def = bonusAlimentare() as unknown as { card: Record<string, unknown> };
    delete def.card.title;
    expectFailure(def, '/card/title', 'Il titolo del servizio è obbligatorio');
  });

  it('rejects non-objects', () => {
    for (const input of [null, undefined, 42, true, [], '[]', '"testo"', 'null']) {
      expectFailure(input, '', /oggetto JSON|non ammesso/);
    }
  });

  it('rejects __proto__ keys without touching prototypes', () => {
    const text = JSON.stringify(bonusAlimentare()).replace('"props":{', '"props":{"__proto__":{"isAdmin":true},');
    expectFailure(text, '/steps/0/nodes/0/props/__proto__', 'La chiave «__proto__» non è ammessa');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('never throws on hostile objects', () => {
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('trappola'); } });
    const getter = { get formatVersion(): number { throw new Error('getter'); } };
    const cyclic: Record<string, unknown> = { ...bonusAlimentare() };
    cyclic.card = cyclic;
    let deep: unknown = bonusAlimentare();
    for (let i = 0; i < 50_000; i += 1) deep = { children: [deep] };
    const badOptions = { get knownTypes(): never { throw new Error('opzioni'); } };
    for (const input of [throwing, getter, cyclic, deep, Symbol('x'), () => 1, new Date(), 10n]) {
      expect(() => restore(input)).not.toThrow();
      expect(restore(input).ok).toBe(false);
    }
    expect(() => restore(bonusAlimentare(), badOptions)).not.toThrow();
    expect(restore(bonusAlimentare(), badOptions).ok).toBe(false);
  });

  it('rejects deeply nested nodes from text without overflowing', () => {
    // Built as text: JSON.stringify itself would overflow on such an object.
    const depth = 20_000;
    let node = '';
    for (let i = 0; i < depth; i += 1) node += `{"id":"n${i}","type":"section","key":"k${i}","props":{},"children":[`;
    node += `{"id":"leaf","type":"text","key":"leaf","props":{}}` + ']}'.repeat(depth);
    const text = JSON.stringify(bonusAlimentare()).replace('"nodes":[', `"nodes":[${node},`);
    const result = restore(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/troppo in profondità/);
  });
});

describe('restore: large services', () => {
  it('loads a 1,000-field service whole (speed is measured by npm run bench)', () => {
    const text = JSON.stringify(largeService(1000));
    restore(text);
    const result = restore(text);
    expect(result.ok).toBe(true);
    const def: ServiceDefinition | undefined = result.ok ? result.definition : undefined;
    expect(def && countNodes(def)).toBe(1000);
  });
});
