import { describe, expect, it } from 'vitest';
import { ruleVariables } from './ruleVariables';

describe('ruleVariables', () => {
  it('elenca i percorsi letti, senza doppioni', () => {
    expect(
      ruleVariables({ and: [{ '<=': [{ var: 'isee.value' }, 9360] }, { '==': [{ var: ['residente', false] }, true] }, { var: 'isee.value' }] }),
    ).toEqual(['isee.value', 'residente']);
  });
  it('dentro some/all legge solo l’elenco, non i campi della voce', () => {
    expect(ruleVariables({ some: [{ var: 'componenti' }, { '<': [{ age: [{ var: 'data_nascita' }] }, 3] }] })).toEqual(['componenti']);
  });
  it('ignora le costanti e le regole senza variabili', () => {
    expect(ruleVariables(true)).toEqual([]);
    expect(ruleVariables({ '>': [{ today: [] }, '2027-01-01'] })).toEqual([]);
  });
});
