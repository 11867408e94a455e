/**
 * Only the patterns the citizen meets count: the CUDE template has a
 * permanent and a temporary permit, each shown by the answer to «Il
 * certificato medico attesta una condizione».
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../blocks/registry';
import { template } from '../../../blocks/testing/templateNode';
import { runFlow } from '../../../runtime/engine';
import { rulesEvaluator } from '../rulesEvaluator';
import { registryComputed } from './registryComputed';
import { visiblePatterns } from './visiblePatterns';

describe('visiblePatterns', () => {
  const def = template('contrassegno-disabili.json');
  const run = (persona: number) =>
    visiblePatterns(def, runFlow(def, def.personas[persona].answers, new Date('2027-02-01T09:00:00Z'), rulesEvaluator, { computed: registryComputed(def, defaultRegistry) }));

  it('a permanent condition: only the permanent permit, with its receipt and no payment', () => {
    const patterns = run(0);
    expect(patterns.map((p) => p.key)).toEqual(['contrassegno']);
    expect(patterns[0].receipt?.headline).toEqual({ label: 'Risposta entro', value: 'mercoledì 3 marzo 2027' });
    expect(patterns[0].checkout).toBeUndefined();
  });

  it('a temporary condition: only the temporary permit', () => {
    expect(run(1).map((p) => p.key)).toEqual(['contrassegno_temporaneo']);
  });
});
