import { describe, expect, it } from 'vitest';
import { FORMIO_EXPORTS, formioExportOf } from './formioExports';
import { defaultRegistry } from './registry';
import { textBlock } from './text/definition';

describe('Form.io exports of the built-in types', () => {
  it('covers every registered type, and nothing that is not one', () => {
    const types = defaultRegistry.all().map((b) => b.type);
    expect(Object.keys(FORMIO_EXPORTS).sort()).toEqual([...types].sort());
    for (const block of defaultRegistry.all()) expect(formioExportOf(block), block.type).toBeTypeOf('function');
  });

  it('prefers a type’s own member over the table', () => {
    const own = () => ({ type: 'textfield', key: 'own' });
    expect(formioExportOf({ ...textBlock, formio: own })).toBe(own);
    expect(formioExportOf({ ...textBlock, type: 'toString' })).toBeUndefined();
  });
});
