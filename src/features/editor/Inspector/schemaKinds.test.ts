import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../blocks/registry';
import { choicesOf, emptyValue, widgetKind } from './schemaKinds';

describe('widgetKind', () => {
  it('maps schema shapes and x-widget hints to controls', () => {
    expect(widgetKind({ type: 'string' })).toBe('text');
    expect(widgetKind({ type: 'string', 'x-widget': 'markdown' })).toBe('textarea');
    expect(widgetKind({ type: 'integer' })).toBe('number');
    expect(widgetKind({ type: ['number', 'null'] })).toBe('number');
    expect(widgetKind({ type: 'boolean' })).toBe('boolean');
    expect(widgetKind({ type: 'string', enum: ['a', 'b'] })).toBe('select');
    expect(widgetKind({ oneOf: [{ const: 'past', title: 'Solo passate' }] })).toBe('select');
    expect(widgetKind({ type: 'array', items: { type: 'string' } })).toBe('list');
    expect(widgetKind({ type: 'object', properties: { min: { type: 'number' } } })).toBe('group');
    expect(widgetKind({ type: 'string', 'x-widget': 'pattern' })).toBe('pattern');
    expect(widgetKind({ 'x-widget': 'rule' })).toBe('rule');
    expect(widgetKind({ type: 'array', 'x-widget': 'mime-types', items: { type: 'string' } })).toBe('checkboxes');
    expect(widgetKind({})).toBe('unsupported');
  });

  it('draws every prop of every registered type with a real control', () => {
    for (const block of defaultRegistry.all()) {
      const props = (block.propsSchema as { properties: Record<string, Record<string, unknown>> }).properties;
      for (const [name, schema] of Object.entries(props)) {
        expect(widgetKind(schema), `${block.type}.${name}`).not.toBe('unsupported');
      }
    }
  });

  it('reads choice labels from oneOf titles or x-enumNames', () => {
    expect(choicesOf({ oneOf: [{ const: 'any', title: 'Qualsiasi data' }] })).toEqual([{ value: 'any', label: 'Qualsiasi data' }]);
    expect(choicesOf({ enum: ['a'], 'x-enumNames': ['Alfa'] })).toEqual([{ value: 'a', label: 'Alfa' }]);
  });

  it('builds an empty item with the required properties', () => {
    expect(emptyValue({ type: 'object', required: ['value'], properties: { value: { type: 'string' }, note: { type: 'string' } } })).toEqual({
      value: '',
    });
  });
});
