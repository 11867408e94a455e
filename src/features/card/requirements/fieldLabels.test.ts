import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from '../../../model/fixtures';
import { describeRule } from '../../../rules';
import { fieldLabelsOf } from './fieldLabels';

describe('field labels for requirement sentences', () => {
  it('names fields by their label, also inside sections and by dotted path', () => {
    const labels = fieldLabelsOf(bonusAlimentare());
    expect(labels('isee')).toBe('ISEE corrente');
    expect(labels('accredito.iban')).toBe('IBAN del conto corrente');
    expect(labels('isee.value')).toBe('ISEE corrente');
    expect(labels('sconosciuto')).toBeUndefined();
  });

  it('gives readable Italian sentences for the food bonus requirements', () => {
    const def = bonusAlimentare();
    const sentence = describeRule(def.requirements[1].rule, fieldLabelsOf(def));
    expect(sentence).toContain('ISEE corrente');
    expect(sentence).toContain('16.500');
  });
});
