import { describe, expect, it } from 'vitest';
import { testAjv } from '../testing/contract';
import { permitBlock } from '../permit/definition';
import { attachmentBlock } from './definition';
import { acceptedTypesProp } from './mimeTypes';

describe('acceptedTypesProp', () => {
  it('is the same control for an attachment field and a permit’s documents', () => {
    const propertiesOf = (schema: unknown) => (schema as { properties: Record<string, unknown> }).properties;
    expect(propertiesOf(attachmentBlock.propsSchema).accept).toBe(acceptedTypesProp);
    const documents = propertiesOf(permitBlock.propsSchema).documents as { items: { properties: Record<string, unknown> } };
    expect(documents.items.properties.acceptedTypes).toBe(acceptedTypesProp);
  });

  it('suggests the common types, accepts none (any file), and refuses a type listed twice', () => {
    expect(acceptedTypesProp['x-widget']).toBe('mime-types');
    expect((acceptedTypesProp.items as { 'x-suggestions': string[] })['x-suggestions']).toContain('application/pdf');
    const validate = testAjv().compile(acceptedTypesProp);
    expect(validate([])).toBe(true);
    expect(validate(['application/pdf', 'image/jpeg'])).toBe(true);
    expect(validate(['application/pdf', 'application/pdf'])).toBe(false);
  });
});
