import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze, sequentialIds } from '../fixtures';
import { restore } from '../restore';
import { addRequirement, moveRequirement, removeRequirement, updateRequirement } from './requirements';

const frozen = () => deepFreeze(bonusAlimentare());
const ids = (def: { requirements: { id: string }[] }) => def.requirements.map((r) => r.id);

describe('addRequirement', () => {
  it('adds a named requirement whose rule defaults to true, at the end or at an index, and the result still loads', () => {
    const def = frozen();
    const next = addRequirement(def, { name: 'Età minima', message: 'Devi essere maggiorenne.', idGen: sequentialIds('req') });
    expect(next.requirements.at(-1)).toEqual({ id: 'req-1', name: 'Età minima', message: 'Devi essere maggiorenne.', rule: true });
    expect(def.requirements).toHaveLength(2);
    expect(restore(next).ok).toBe(true);
    expect(ids(addRequirement(def, { name: 'Primo', message: 'M', index: 0, id: 'req-first' }))[0]).toBe('req-first');
    expect(ids(addRequirement(def, { name: 'Ultimo', message: 'M', index: 99, id: 'req-last' })).at(-1)).toBe('req-last');
  });

  it('refuses what the format forbids, giving the same object back', () => {
    const def = frozen();
    expect(addRequirement(def, { name: ' ', message: 'x', id: 'req-a' })).toBe(def);
    expect(addRequirement(def, { name: 'x', message: '', id: 'req-a' })).toBe(def);
    expect(addRequirement(def, { name: 'x'.repeat(201), message: 'x', id: 'req-a' })).toBe(def);
    expect(addRequirement(def, { name: 'x', message: 'x'.repeat(1001), id: 'req-a' })).toBe(def);
    expect(addRequirement(def, { name: 'x', message: 'x', id: 'req-isee' })).toBe(def);
    expect(addRequirement(def, { name: 'x', message: 'x', id: 'id con spazi' })).toBe(def);
  });
});

describe('updateRequirement', () => {
  it('changes name, message or rule without touching the others', () => {
    const def = frozen();
    const rule = { '<=': [{ var: 'isee' }, 16500] };
    const next = updateRequirement(def, { id: 'req-isee', changes: { name: 'ISEE fino a 16.500 €', rule } });
    expect(next.requirements[1]).toMatchObject({ name: 'ISEE fino a 16.500 €', rule, message: def.requirements[1].message });
    expect(next.requirements[0]).toBe(def.requirements[0]);
  });

  it('gives the same object back when nothing changes or the request is invalid', () => {
    const def = frozen();
    expect(updateRequirement(def, { id: 'req-isee', changes: { name: def.requirements[1].name } })).toBe(def);
    expect(updateRequirement(def, { id: 'req-isee', changes: {} })).toBe(def);
    expect(updateRequirement(def, { id: 'missing', changes: { name: 'x' } })).toBe(def);
    expect(updateRequirement(def, { id: 'req-isee', changes: { name: '' } })).toBe(def);
    expect(updateRequirement(def, { id: 'req-isee', changes: { message: '  ' } })).toBe(def);
  });
});

describe('moveRequirement and removeRequirement', () => {
  it('reorder and remove', () => {
    const def = frozen();
    expect(ids(moveRequirement(def, { id: 'req-isee', index: 0 }))).toEqual(['req-isee', 'req-residenza']);
    expect(ids(moveRequirement(def, { id: 'req-residenza', index: 9 }))).toEqual(['req-isee', 'req-residenza']);
    expect(ids(removeRequirement(def, { id: 'req-residenza' }))).toEqual(['req-isee']);
  });

  it('give the same object back for the same place, an unknown id or a non-numeric index', () => {
    const def = frozen();
    expect(moveRequirement(def, { id: 'req-isee', index: 5 })).toBe(def);
    expect(moveRequirement(def, { id: 'missing', index: 0 })).toBe(def);
    expect(moveRequirement(def, { id: 'req-isee', index: Number.NaN })).toBe(def);
    expect(removeRequirement(def, { id: 'missing' })).toBe(def);
  });
});
