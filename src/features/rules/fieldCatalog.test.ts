import { describe, expect, test } from 'vitest';
import { bonusAlimentare } from '../../compile/fixtures/bonusAlimentare';
import { updateNodeProps } from '../../model/operations';
import { buildFieldCatalog, catalogIndex, kindOfSchema } from './fieldCatalog';
import { buoniSpesa } from './testing/buoniSpesa';

const summary = (def = buoniSpesa()) => buildFieldCatalog(def).map((f) => `${f.path}:${f.kind}${f.list ? ` in ${f.list}` : ''}`);

describe('buildFieldCatalog', () => {
  test('every answer a rule can use, with its kind, in flow order', () => {
    expect(summary()).toEqual([
      'residente:boolean',
      'isee.value:money',
      'isee.expiry:date',
      'tipo_abitazione:choice',
      'sostegni:multi_choice',
      'data_richiesta:date',
      'nucleo:list',
      'nucleo.nome:text in nucleo',
      'nucleo.data_nascita:date in nucleo',
      'reddito_mensile:money',
      'figli_minori:number',
    ]);
  });

  test('labels without the citizen’s "(€)", options with their labels, the step as group', () => {
    const byPath = catalogIndex(buildFieldCatalog(buoniSpesa())).byPath;
    expect(byPath.get('isee.value')).toMatchObject({ label: 'Valore ISEE', group: 'Requisiti' });
    expect(byPath.get('reddito_mensile')?.label).toBe('Reddito mensile del nucleo');
    expect(byPath.get('tipo_abitazione')?.options).toEqual([
      { value: 'affitto', label: 'In affitto' },
      { value: 'proprieta', label: 'Di proprietà' },
      { value: 'comodato', label: 'In comodato' },
    ]);
    expect(byPath.get('sostegni')?.options?.map((o) => o.label)).toEqual(['Assegno di inclusione', 'Assegno unico']);
  });

  test('composite fields and sections as dotted paths; two "Data di nascita" get their container', () => {
    const catalog = buildFieldCatalog(bonusAlimentare());
    const labels = new Map(catalog.map((f) => [f.path, f.label]));
    expect(labels.get('abitazione.tipo_abitazione')).toBe('L’abitazione è');
    expect(labels.get('richiedente.address.postcode')).toBe('CAP');
    expect(labels.get('richiedente.birth_date')).toBe('Data di nascita (Dati del richiedente)');
    expect(labels.get('componenti.data_nascita')).toBe('Data di nascita (Componenti del nucleo familiare)');
    // Files and informative texts are not values a rule can compare.
    expect(labels.has('attestazione_isee')).toBe(false);
    expect(labels.has('come_funziona')).toBe(false);
  });

  test('memoised on the steps: a card edit reuses the catalog, a field edit rebuilds it', () => {
    const def = buoniSpesa();
    const first = buildFieldCatalog(def);
    expect(buildFieldCatalog({ ...def, card: { ...def.card, title: 'Altro titolo' } })).toBe(first);
    const renamed = updateNodeProps(def, { nodeId: 'n-figli', props: { label: 'Figli a carico' } });
    const second = buildFieldCatalog(renamed);
    expect(second).not.toBe(first);
    expect(catalogIndex(second).labels('figli_minori')).toBe('Figli a carico');
  });

  test('kinds from schemas: integers are numbers, cents are money, arrays of files are skipped', () => {
    expect(kindOfSchema({ type: 'integer' })).toBe('number');
    expect(kindOfSchema({ type: 'number', multipleOf: 0.01 })).toBe('money');
    expect(kindOfSchema({ type: 'string', format: 'date-future' })).toBe('date');
    expect(kindOfSchema({ type: 'array', items: { type: 'string', format: 'data-url' } })).toBeNull();
    expect(kindOfSchema({ type: 'null' })).toBeNull();
  });
});
