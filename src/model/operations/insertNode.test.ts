import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import type { FlowNode } from '../types';
import { validate } from '../validate';
import { insertNode } from './insertNode';

const telefono: FlowNode = { id: 'node-telefono', type: 'phone', key: 'telefono', props: { label: 'Telefono' } };

describe('insertNode', () => {
  it('inserts at a step top level, sharing everything untouched', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = insertNode(def, { node: telefono, to: { stepId: 'step-richiedente', parentId: null, index: 2 } });
    expect(next.steps[0].nodes.map((n) => n.key)).toEqual(['richiedente', 'email', 'telefono', 'residente_comune']);
    expect(next.steps[0].nodes[2]).toBe(telefono);
    expect(next.steps[0].nodes[0]).toBe(def.steps[0].nodes[0]);
    expect(next.steps[1]).toBe(def.steps[1]);
    expect(next.steps[2]).toBe(def.steps[2]);
    expect(next.card).toBe(def.card);
    expect(def).toEqual(bonusAlimentare());
    expect(validate(next)).toEqual([]);
  });

  it("inserts into a container's children", () => {
    const def = deepFreeze(bonusAlimentare());
    const next = insertNode(def, { node: telefono, to: { stepId: 'step-nucleo', parentId: 'node-familiari', index: 1 } });
    const group = next.steps[1].nodes[2];
    expect(group.children!.map((n) => n.id)).toEqual([
      'node-familiare-nome',
      'node-telefono',
      'node-familiare-cognome',
      'node-familiare-cf',
      'node-familiare-nascita',
    ]);
    expect(group.children![0]).toBe(def.steps[1].nodes[2].children![0]);
    expect(next.steps[1].nodes[0]).toBe(def.steps[1].nodes[0]);
  });

  it('clamps the index into the list', () => {
    const def = deepFreeze(bonusAlimentare());
    const last = insertNode(def, { node: telefono, to: { stepId: 'step-richiedente', parentId: null, index: 99 } });
    expect(last.steps[0].nodes[3]).toBe(telefono);
    const first = insertNode(def, { node: telefono, to: { stepId: 'step-richiedente', parentId: null, index: -5 } });
    expect(first.steps[0].nodes[0]).toBe(telefono);
  });

  it('gives a taken key a numbered suffix, in the whole subtree', () => {
    const def = deepFreeze(bonusAlimentare());
    const section: FlowNode = {
      id: 'node-contatti',
      type: 'section',
      key: 'contatti',
      props: { label: 'Contatti' },
      children: [{ id: 'node-email-2', type: 'email', key: 'email', props: { label: 'Email' } }],
    };
    const next = insertNode(def, { node: section, to: { stepId: 'step-dichiarazioni', parentId: null, index: 0 } });
    expect(next.steps[2].nodes[0].children![0].key).toBe('email_2');
    expect(validate(next)).toEqual([]);
  });

  it.each([
    ['an unknown step', { stepId: 'nessuno', parentId: null, index: 0 }],
    ['an unknown parent', { stepId: 'step-nucleo', parentId: 'nessuno', index: 0 }],
    ['a parent that is not a container', { stepId: 'step-nucleo', parentId: 'node-isee', index: 0 }],
    ['a parent in another step', { stepId: 'step-richiedente', parentId: 'node-familiari', index: 0 }],
    ['an index that is not a number', { stepId: 'step-nucleo', parentId: null, index: Number.NaN }],
  ])('is a no-op for %s', (_case, to) => {
    const def = deepFreeze(bonusAlimentare());
    expect(insertNode(def, { node: telefono, to })).toBe(def);
  });

  it('is a no-op when an id of the new subtree is already used', () => {
    const def = deepFreeze(bonusAlimentare());
    const clash = { ...telefono, id: 'node-iban' };
    expect(insertNode(def, { node: clash, to: { stepId: 'step-nucleo', parentId: null, index: 0 } })).toBe(def);
    const innerClash: FlowNode = { ...telefono, type: 'section', children: [{ ...telefono, id: 'node-isee' }] };
    expect(insertNode(def, { node: innerClash, to: { stepId: 'step-nucleo', parentId: null, index: 0 } })).toBe(def);
  });
});
