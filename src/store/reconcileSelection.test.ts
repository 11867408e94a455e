import { describe, expect, it } from 'vitest';
import type { FlowNode, ServiceDefinition } from '../model/types';
import { getNodeIndex } from './nodeIndex';
import { reconcileSelection, reconcileStepSelection } from './reconcileSelection';
import { nidoComunaleFixture } from './testing/fixtures';

/** Removes nodes by id anywhere in the tree (test helper, not a model op). */
function without(def: ServiceDefinition, ...ids: string[]): ServiceDefinition {
  const strip = (nodes: FlowNode[]): FlowNode[] =>
    nodes.filter((n) => !ids.includes(n.id)).map((n) => (n.children ? { ...n, children: strip(n.children) } : n));
  return { ...def, steps: def.steps.map((s) => ({ ...s, nodes: strip(s.nodes) })) };
}

describe('reconcileSelection', () => {
  const before = nidoComunaleFixture();

  it('keeps a selection that still exists', () => {
    expect(reconcileSelection(before, 'n-cf', before)).toBe('n-cf');
    expect(reconcileSelection(before, null, before)).toBeNull();
  });

  it('moves to the node now at the same place (the next sibling)', () => {
    expect(reconcileSelection(without(before, 'n-cognome'), 'n-cognome', before)).toBe('n-cf');
  });

  it('moves to the previous sibling when the last one goes', () => {
    expect(reconcileSelection(without(before, 'n-isee'), 'n-isee', before)).toBe('n-nascita');
  });

  it('moves to the parent section when its last child goes', () => {
    const after = without(before, 'n-indirizzo', 'n-comune');
    expect(reconcileSelection(after, 'n-comune', before)).toBe('n-residenza');
  });

  it('climbs past a removed parent to its neighbour', () => {
    // The whole section went: its child's selection lands on the section's old neighbour.
    expect(reconcileSelection(without(before, 'n-residenza'), 'n-indirizzo', before)).toBe('n-cf');
  });

  it('clears when the step is left empty, or without the previous document', () => {
    const after = without(before, 'n-nome-bambino', 'n-nascita', 'n-isee');
    expect(reconcileSelection(after, 'n-isee', before)).toBeNull();
    expect(reconcileSelection(without(before, 'n-cf'), 'n-cf')).toBeNull();
  });

  it('follows a node moved to another step (it still exists)', () => {
    const moved = before.steps[0].nodes[2];
    const after: ServiceDefinition = {
      ...before,
      steps: [
        { ...before.steps[0], nodes: before.steps[0].nodes.filter((n) => n !== moved) },
        { ...before.steps[1], nodes: [...before.steps[1].nodes, moved] },
      ],
    };
    expect(reconcileSelection(after, 'n-cf', before)).toBe('n-cf');
    expect(getNodeIndex(after).get('n-cf')?.stepId).toBe('step-bambino');
  });
});

describe('reconcileStepSelection', () => {
  const before = nidoComunaleFixture();
  it('keeps an existing step, moves to the neighbour of a removed one', () => {
    expect(reconcileStepSelection(before, 'step-bambino', before)).toBe('step-bambino');
    const after = { ...before, steps: [before.steps[0]] };
    expect(reconcileStepSelection(after, 'step-bambino', before)).toBe('step-genitore');
    expect(reconcileStepSelection(after, null, before)).toBeNull();
  });
});

describe('node index', () => {
  it('is cached per steps array and locates nested nodes', () => {
    const def = nidoComunaleFixture();
    expect(getNodeIndex(def)).toBe(getNodeIndex({ steps: def.steps }));
    expect(getNodeIndex(def).get('n-comune')).toMatchObject({ stepId: 'step-genitore', parentId: 'n-residenza', index: 1 });
  });
});
