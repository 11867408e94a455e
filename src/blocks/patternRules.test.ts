import { describe, expect, it } from 'vitest';
import { checkService } from '../compile/checkService';
import { compile } from '../compile/compile';
import { fieldCatalog, fieldMapOf } from '../compile/fieldCatalog';
import { createBlankService } from '../model/factory';
import type { ServiceDefinition } from '../model/types';
import { lintDefinitionRules } from '../rules/lintDefinition';
import { patternExtraRules } from './patternRules';
import { createRegistry, defaultRegistry } from './registry';
import { defaultBlocks } from './defaultBlocks';

/** Nursery enrolment: a yes/no and a number, and a ranking inside a section whose second criterion names a missing field. */
function nursery(): ServiceDefinition {
  const def = createBlankService('Iscrizione al nido', new Date('2026-01-15T09:00:00Z'), () => 'id');
  def.steps[0].nodes = [
    { id: 'a', type: 'yes_no', key: 'solo_genitore', props: { label: 'Sei l’unico genitore presente?' } },
    { id: 'b', type: 'number', key: 'gemelli', props: { label: 'Gemelli' } },
    {
      id: 'c',
      type: 'section',
      key: 'punteggio',
      props: { label: 'Punteggio' },
      children: [
        {
          id: 'd',
          type: 'ranking',
          key: 'graduatoria',
          props: {
            ...defaultRegistry.get('ranking')!.defaultProps(),
            criteria: [
              { id: 'solo_genitore', label: 'Unico genitore', points: { if: [{ var: 'solo_genitore' }, 15, 0] } },
              { id: 'gemelli', label: 'Gemelli', points: { '*': [4, { var: 'gemeli' }] } },
            ],
          },
        },
      ],
    },
  ];
  return def;
}

describe('regole dei mattoncini nella verifica delle regole', () => {
  it('trova le regole dei nodi annidati con puntatori assoluti', () => {
    const rules = patternExtraRules(defaultRegistry)(nursery());
    expect(rules.map((r) => r.path)).toEqual([
      '/steps/0/nodes/2/children/0/props/criteria/0/points',
      '/steps/0/nodes/2/children/0/props/criteria/1/points',
    ]);
  });

  it('la verifica segnala il campo inesistente dentro un criterio, con un suggerimento', () => {
    const def = nursery();
    const issues = lintDefinitionRules(def, fieldMapOf(fieldCatalog(compile(def))), patternExtraRules(defaultRegistry));
    expect(issues).toHaveLength(1);
    expect(issues[0].path.startsWith('/steps/0/nodes/2/children/0/props/criteria/1/points')).toBe(true);
    expect(issues[0].message).toContain('«gemeli»');
    expect(issues[0].message).toContain('Forse intendevi «gemelli»?');
  });

  it('checkService (npm run validate) riporta l’errore', () => {
    const result = checkService(nursery());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.path.includes('/props/criteria/1/points') && e.message.includes('«gemeli»'))).toBe(true);
  });

  it('tipi sconosciuti o blocchi che sbagliano non fermano la verifica', () => {
    const exploding = { ...defaultRegistry.get('ranking')!, rules: () => { throw new Error('rotto'); } };
    const registry = createRegistry([exploding, ...defaultBlocks.filter((b) => b.type !== 'ranking')]);
    const def = nursery();
    def.steps[0].nodes.push({ id: 'z', type: 'futuro', key: 'futuro', props: {} });
    expect(patternExtraRules(registry)(def)).toEqual([]);
  });
});
