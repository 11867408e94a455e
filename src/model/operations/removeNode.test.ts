import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import { findNode } from '../tree';
import { validate } from '../validate';
import { removeNode } from './removeNode';

describe('removeNode', () => {
  it('removes a node, sharing the rest', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = removeNode(def, { nodeId: 'node-email' });
    expect(next.steps[0].nodes.map((n) => n.key)).toEqual(['richiedente', 'residente_comune']);
    expect(next.steps[1]).toBe(def.steps[1]);
    expect(next.translations).toBe(def.translations);
    expect(def).toEqual(bonusAlimentare());
  });

  it('removes a container with its subtree and their translations', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = removeNode(def, { nodeId: 'node-familiari' });
    expect(findNode(next, 'node-familiare-nome')).toBeUndefined();
    expect(next.translations.en).not.toHaveProperty('node.node-familiari.label');
    expect(next.translations.en).not.toHaveProperty('node.node-familiare-nome.label');
    expect(next.translations.en['node.node-isee.label']).toBe('Current ISEE');
    expect(validate(next)).toEqual([]);
  });

  it('removes a child of a container', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = removeNode(def, { nodeId: 'node-intestatario' });
    expect(next.steps[2].nodes[0].children!.map((n) => n.id)).toEqual(['node-iban']);
    expect(next.steps[2].nodes[0].children![0]).toBe(def.steps[2].nodes[0].children![0]);
    expect(next.steps[2].nodes[1]).toBe(def.steps[2].nodes[1]);
  });

  it('is a no-op for an unknown node', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(removeNode(def, { nodeId: 'nessuno' })).toBe(def);
  });
});
