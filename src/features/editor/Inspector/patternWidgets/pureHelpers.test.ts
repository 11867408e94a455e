import { describe, expect, it } from 'vitest';
import { freshCriterionId, itemKeys } from './criteria';
import { autoLabel, comparableFields, withChange, type StoredTieBreaker } from './tieBreakers';

describe('criteria ids', () => {
  it('gives a new criterion an id no other uses, never renaming existing ones', () => {
    expect(freshCriterionId([])).toBe('criterio_1');
    expect(freshCriterionId([{ id: 'lavoro' }, { id: 'criterio_3' }])).toBe('criterio_4');
    expect(freshCriterionId([{ id: 'criterio_2' }, { id: 'criterio_3' }])).toBe('criterio_4');
  });

  it('keys items by a unique id, else by position', () => {
    expect(itemKeys([{ id: 'isee' }, { id: 'lavoro' }, { id: 'lavoro' }, {}])).toEqual(['id:isee', 'at:1', 'at:2', 'at:3']);
  });
});

describe('tie-breakers', () => {
  const t = (key: string, values?: Record<string, unknown>) => `${key.split('.').pop()}${values?.name ? ` ${String(values.name)}` : ''}`;
  const names: Record<string, string> = { 'isee.value': 'Valore ISEE', lavoro: 'Lavoro dei genitori' };
  const label = (tie: StoredTieBreaker) => autoLabel(t, tie, (f) => names[f]);

  it('offers only answers that order applications', () => {
    const fields = comparableFields([
      { path: 'isee.value', label: 'Valore ISEE', kind: 'money' },
      { path: 'bambino.data_nascita', label: 'Data di nascita', kind: 'date' },
      { path: 'residente', label: 'Residente', kind: 'boolean' },
      { path: 'nucleo', label: 'Nucleo', kind: 'list' },
      { path: 'nucleo.eta', label: 'Età', kind: 'number', list: 'nucleo' },
    ]);
    expect(fields.map((f) => f.path)).toEqual(['isee.value', 'bambino.data_nascita']);
  });

  it('writes the label until the official writes their own', () => {
    const fresh: StoredTieBreaker = { kind: 'submitted-asc', label: 'submitted-asc' };
    const answer = withChange(fresh, { kind: 'answer-asc' }, label);
    expect(answer).toEqual({ kind: 'answer-asc', label: 'submitted-asc' }); // no field yet: nothing better to say
    expect(withChange(answer, { field: 'isee.value' }, label)).toEqual({ kind: 'answer-asc', field: 'isee.value', label: 'answer-asc Valore ISEE' });
    const own: StoredTieBreaker = { kind: 'answer-asc', field: 'isee.value', label: 'ISEE più basso' };
    expect(withChange(own, { kind: 'answer-desc' }, label)).toEqual({ ...own, kind: 'answer-desc' });
  });

  it('drops a field that no longer fits the rule', () => {
    const tie: StoredTieBreaker = { kind: 'answer-asc', field: 'isee.value', label: 'ISEE più basso' };
    expect(withChange(tie, { kind: 'criterion-desc' }, label)).not.toHaveProperty('field');
    expect(withChange(tie, { kind: 'submitted-asc' }, label)).not.toHaveProperty('field');
    expect(withChange(tie, { kind: 'answer-desc' }, label).field).toBe('isee.value');
  });
});
