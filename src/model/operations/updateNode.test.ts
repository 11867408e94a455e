import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import { updateNode } from './updateNode';

describe('updateNode', () => {
  it('changes the key', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = updateNode(def, { nodeId: 'node-email', patch: { key: 'email_richiedente' } });
    expect(next.steps[0].nodes[1]).toEqual({ ...def.steps[0].nodes[1], key: 'email_richiedente' });
    expect(next.steps[0].nodes[0]).toBe(def.steps[0].nodes[0]);
    expect(next.steps[1]).toBe(def.steps[1]);
    expect(def).toEqual(bonusAlimentare());
  });

  it('sets and removes the visibility rule', () => {
    const def = deepFreeze(bonusAlimentare());
    const rule = { '==': [{ var: 'residente_comune' }, true] };
    const withRule = updateNode(def, { nodeId: 'node-email', patch: { visibleIf: rule } });
    expect(withRule.steps[0].nodes[1].visibleIf).toBe(rule);
    const without = updateNode(deepFreeze(withRule), { nodeId: 'node-email', patch: { visibleIf: undefined } });
    expect('visibleIf' in without.steps[0].nodes[1]).toBe(false);
    expect(without.steps[0].nodes[1]).toEqual(def.steps[0].nodes[1]);
  });

  it('changes key and rule together', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = updateNode(def, { nodeId: 'node-familiari', patch: { key: 'componenti', visibleIf: true } });
    expect(next.steps[1].nodes[2]).toMatchObject({ key: 'componenti', visibleIf: true });
    expect(next.steps[1].nodes[2].children).toBe(def.steps[1].nodes[2].children);
  });

  it.each([
    ['a malformed key', { key: 'Email Richiedente' }],
    ['a key used by another node', { key: 'iban' }],
    ['the same key', { key: 'email' }],
    ['no change at all', {}],
    ['removing a rule that is not there', { visibleIf: undefined }],
  ])('is a no-op for %s', (_case, patch) => {
    const def = deepFreeze(bonusAlimentare());
    expect(updateNode(def, { nodeId: 'node-email', patch })).toBe(def);
  });

  it('is a no-op for an unknown node', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(updateNode(def, { nodeId: 'nessuno', patch: { key: 'nuova' } })).toBe(def);
  });
});
