import { describe, expect, it } from 'vitest';
import { personaName } from './personaName';

describe('personaName', () => {
  it('trims, collapses spaces and cuts at the format’s 200 characters', () => {
    expect(personaName('  Famiglia   con\tISEE  ')).toBe('Famiglia con ISEE');
    expect(personaName('x'.repeat(250))).toHaveLength(200);
    expect(personaName('   ')).toBe('');
  });
});
