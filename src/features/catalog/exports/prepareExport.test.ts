import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../../model/types';
import { prepareExport } from './prepareExport';

const load = (file: string): ServiceDefinition => JSON.parse(readFileSync(join(process.cwd(), 'public/templates', file), 'utf8'));

describe('prepareExport: the row menu’s three exports', () => {
  const mensa = load('mensa-scolastica.json');

  it('names each file after the service', () => {
    expect(prepareExport('formio', mensa, 'Comune di Manfredonia').fileName).toBe('iscrizione-e-pagamento-della-mensa-scolastica.formio.json');
    expect(prepareExport('jsonSchema', mensa, 'Comune di Manfredonia').fileName).toBe('iscrizione-e-pagamento-della-mensa-scolastica.schema.json');
    expect(prepareExport('jsonLd', mensa, 'Comune di Manfredonia').fileName).toBe('iscrizione-e-pagamento-della-mensa-scolastica.jsonld');
  });

  it('writes a Form.io wizard and a schema bundle a portal can parse', () => {
    const form = JSON.parse(prepareExport('formio', mensa, '').text);
    expect(form.display).toBe('wizard');
    expect(form.components).toHaveLength(mensa.steps.length);
    const bundle = JSON.parse(prepareExport('jsonSchema', mensa, '').text);
    expect(bundle.service.title).toBe(mensa.card.title);
    expect(bundle.steps).toHaveLength(mensa.steps.length);
  });

  it('writes the card as GovernmentService JSON-LD with the Comune as operator', () => {
    const prepared = prepareExport('jsonLd', mensa, 'Comune di Manfredonia');
    expect(prepared.mimeType).toBe('application/ld+json');
    const data = JSON.parse(prepared.text);
    expect(data['@type']).toBe('GovernmentService');
    expect(data.name).toBe(mensa.card.title);
    expect(data.serviceOperator.name).toBe('Comune di Manfredonia');
  });

  it('brings the warnings to show before the download: the fine Form.io cannot compute, a card with no category', () => {
    const fines = prepareExport('formio', load('pagamento-sanzioni.json'), '');
    expect(fines.warnings.map((w) => w.path)).toEqual(['/steps/1/nodes/0/props/fine']);
    const noCategory = structuredClone(mensa);
    noCategory.card.category = '';
    const jsonLd = prepareExport('jsonLd', noCategory, '');
    expect(jsonLd.warnings.map((w) => w.path)).toContain('/card/category');
    expect(jsonLd.warnings.some((w) => w.message.includes('Nome del Comune'))).toBe(true);
  });
});
