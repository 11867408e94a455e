import { describe, expect, it } from 'vitest';
import { definitionJsonSchema, schemaAt } from './publishedSchemaJson';
import { publishedSchema } from './schema';
import { FIELD_KEY_PATTERN, ID_PATTERN } from './formatConstants';

describe('the published JSON Schema as the app reads it', () => {
  it('is the document generated from the TypeBox source', () => {
    expect(definitionJsonSchema).toEqual(publishedSchema());
  });

  it('finds the limits the card editor counts against', () => {
    expect(schemaAt(['card', 'title'])?.maxLength).toBe(160);
    expect(schemaAt(['card', 'office', 'name'])?.maxLength).toBe(200);
  });

  it('steps through array items: a requirement’s message, an integration’s URL', () => {
    expect(schemaAt(['requirements', 'message'])?.maxLength).toBe(1000);
    expect(schemaAt(['technical', 'integrations', 'url'])?.maxLength).toBe(500);
  });

  it('answers undefined for a path the format does not have', () => {
    expect(schemaAt(['card', 'nonEsiste'])).toBeUndefined();
    expect(schemaAt(['card', 'title', 'troppo'])).toBeUndefined();
  });

  it('uses the same id and key patterns as the constants the model checks with', () => {
    expect(schemaAt(['id'])?.pattern).toBe(ID_PATTERN);
    expect(JSON.stringify(definitionJsonSchema)).toContain(JSON.stringify(FIELD_KEY_PATTERN));
  });
});
