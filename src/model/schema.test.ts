import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createBlankService } from './factory';
import { bonusAlimentare, iscrizioneNido } from './fixtures';
import { publishedSchema } from './schema';
import type { ServiceDefinition } from './types';

const publishedFile = fileURLToPath(new URL('../../public/schema/service-definition.v1.json', import.meta.url));
const publishedText = readFileSync(publishedFile, 'utf8');

describe('published JSON Schema', () => {
  it('is current: public/schema equals publishedSchema() (run `npm run schema` if not)', () => {
    expect(JSON.parse(publishedText)).toStrictEqual(publishedSchema());
  });

  it('is written as 2-space JSON ending with a newline', () => {
    expect(publishedText).toBe(`${JSON.stringify(publishedSchema(), null, 2)}\n`);
  });

  it('is a draft-07 schema with a stable $id', () => {
    const schema = JSON.parse(publishedText) as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/service-definition\.v1\.json$/);
  });

  it('accepts a blank service and the fixtures (validated with the file, not the TypeBox object)', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const check = ajv.compile(JSON.parse(publishedText) as object);
    for (const def of [createBlankService('Bonus alimentare'), bonusAlimentare(), iscrizioneNido()]) {
      expect(check(def), JSON.stringify(check.errors)).toBe(true);
    }
  });

  it('types and schema agree: a blank service is a ServiceDefinition', () => {
    const blank = createBlankService('Bonus alimentare');
    expectTypeOf(blank).toEqualTypeOf<ServiceDefinition>();
    expectTypeOf(blank.steps[0].nodes[0]).toHaveProperty('children');
    expectTypeOf(blank.status).toEqualTypeOf<'draft' | 'published' | 'scheduled' | 'suspended' | 'private'>();
  });

  it('rejects an unknown language code in translations', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const check = ajv.compile(publishedSchema());
    expect(check({ ...bonusAlimentare(), translations: { ita: {} } })).toBe(false);
  });
});
