import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from '../../../model/fixtures';
import { patternTypesOf } from './catalogEntry';
import { registryWithPatterns } from './testing';

describe('pattern blocks of a service', () => {
  it('finds pattern types at any depth, once each, and ignores plain fields', () => {
    const def = bonusAlimentare();
    def.steps[1].nodes.push({ id: 'b1', type: 'test_benefit', key: 'contributo', props: {} });
    def.steps[2].nodes[0].children!.push({ id: 'b2', type: 'test_booking', key: 'appuntamento', props: {} });
    def.steps[2].nodes.push({ id: 'b3', type: 'test_benefit', key: 'contributo_2', props: {} });
    expect(patternTypesOf(def, registryWithPatterns())).toEqual(['test_benefit', 'test_booking']);
  });

  it('is empty for a service made of fields only', () => {
    expect(patternTypesOf(bonusAlimentare(), registryWithPatterns())).toEqual([]);
  });
});
