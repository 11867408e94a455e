import { describe, expect, it } from 'vitest';
import { nidoComunaleFixture } from '../store/testing/fixtures';
import { diffDefinitions, sameContent, sameJson } from './diff';
import type { ServiceDefinition } from './types';

const base = nidoComunaleFixture();

/** A copy of the nursery service changed by `change` (on a deep clone). */
function changed(change: (d: ServiceDefinition) => void): ServiceDefinition {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('diffDefinitions', () => {
  it('finds nothing between a service and itself, nor in revision, updatedAt or history', () => {
    const saved = changed((d) => {
      d.revision = 42;
      d.updatedAt = '2027-03-01T10:00:00.000Z';
      d.history = [{ at: '2027-03-01T10:00:00.000Z', revision: 42, role: 'official', action: 'updateCard' }];
    });
    expect(diffDefinitions(base, saved)).toEqual([]);
    expect(sameContent(base, saved)).toBe(true);
  });

  it('names card sections as the official knows them, with both values', () => {
    const theirs = changed((d) => {
      d.card.title = 'Nido comunale 2027';
      d.card.who = 'Genitori residenti';
    });
    expect(diffDefinitions(base, theirs)).toEqual([
      { path: '/card/title', label: 'Titolo', mine: base.card.title, theirs: 'Nido comunale 2027' },
      { path: '/card/who', label: 'A chi è rivolto', mine: base.card.who, theirs: 'Genitori residenti' },
    ]);
  });

  it('names a field inside a step by its label: «Passo 2 › Campo “Valore ISEE” › Etichetta»', () => {
    const theirs = changed((d) => {
      d.steps[1].nodes[2].props.label = 'ISEE del nucleo';
      d.steps[1].nodes[2].props.required = false;
    });
    expect(diffDefinitions(base, theirs)).toEqual([
      { path: '/steps/1/nodes/2/props/label', label: 'Passo 2 › Campo “Valore ISEE” › Etichetta', mine: 'Valore ISEE', theirs: 'ISEE del nucleo' },
      { path: '/steps/1/nodes/2/props/required', label: 'Passo 2 › Campo “Valore ISEE” › Obbligatorio', mine: true, theirs: false },
    ]);
  });

  it('follows nested fields, and reports an added field whole on the side that has it', () => {
    const theirs = changed((d) => {
      d.steps[0].nodes[3].children![1].props.label = 'Comune';
      d.steps[0].nodes.push({ id: 'n-tel', type: 'phone', key: 'telefono', props: { label: 'Telefono' } });
    });
    const found = diffDefinitions(base, theirs);
    expect(found.map((d) => d.label)).toEqual([
      'Passo 1 › Campo “Residenza” › Campo “Comune di residenza” › Etichetta',
      'Passo 1 › Campo “Telefono”',
    ]);
    expect(found[1]).toMatchObject({ mine: undefined, theirs: { id: 'n-tel' } });
  });

  it('reports a moved field as one change of order, not as changed fields', () => {
    const theirs = changed((d) => {
      d.steps[1].nodes.reverse();
    });
    expect(diffDefinitions(base, theirs)).toEqual([
      { path: '/steps/1/nodes', label: 'Passo 2 › Ordine', mine: ['n-nome-bambino', 'n-nascita', 'n-isee'], theirs: ['n-isee', 'n-nascita', 'n-nome-bambino'] },
    ]);
  });

  it('labels a removed step, the status and a technical setting', () => {
    const theirs = changed((d) => {
      d.steps.pop();
      d.status = 'published';
      d.technical.accessLevel = d.technical.accessLevel === 'cie' ? 'spid_l2' : 'cie';
    });
    const labels = diffDefinitions(base, theirs).map((d) => d.label);
    expect(labels).toEqual(expect.arrayContaining(['Stato', 'Passo 2', 'Impostazioni tecniche › Livello di accesso']));
    expect(diffDefinitions(base, theirs).find((d) => d.label === 'Passo 2')).toMatchObject({ mine: { title: 'Dati del bambino' }, theirs: undefined });
  });
});

describe('sameJson', () => {
  it('ignores key order and sees nested differences', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 3 }] })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
  });
});
