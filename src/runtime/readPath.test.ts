import { describe, expect, it } from 'vitest';
import { readPath } from './readPath';

const answers = {
  isee: { value: 12_300.5, dsu: 'INPS-ISEE-2027-00012345A-00' },
  nucleo: [{ nome: 'Giulia' }, { nome: 'Marco' }],
  residente: true,
  note: null,
};

describe('readPath', () => {
  it('reads a top-level answer and a nested one, as {"var": …} does', () => {
    expect(readPath(answers, 'residente')).toBe(true);
    expect(readPath(answers, 'isee.value')).toBe(12_300.5);
    expect(readPath(answers, 'nucleo.1.nome')).toBe('Marco');
    expect(readPath(answers, 'nucleo')).toHaveLength(2);
  });

  it('is undefined for a missing step, past a leaf or past null', () => {
    expect(readPath(answers, 'isee.attestazione')).toBeUndefined();
    expect(readPath(answers, 'residente.value')).toBeUndefined();
    expect(readPath(answers, 'note.testo')).toBeUndefined();
    expect(readPath(answers, 'componenti_nucleo')).toBeUndefined();
    expect(readPath(undefined, 'isee.value')).toBeUndefined();
  });

  it('never walks into prototypes', () => {
    expect(readPath(answers, '__proto__')).toBeUndefined();
    expect(readPath(answers, 'isee.constructor')).toBeUndefined();
    expect(readPath(answers, 'isee.toString')).toBeUndefined();
  });

  it('reads the whole data for the empty path', () => {
    expect(readPath(answers, '')).toBe(answers);
  });
});
