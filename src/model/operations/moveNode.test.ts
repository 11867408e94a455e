import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import { findNode } from '../tree';
import type { ServiceDefinition } from '../types';
import { validate } from '../validate';
import { insertNode } from './insertNode';
import { moveNode } from './moveNode';

const keys = (def: ServiceDefinition, step: number) => def.steps[step].nodes.map((n) => n.key);

describe('moveNode', () => {
  it('moves forward within the same list (index is the final index)', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = moveNode(def, { nodeId: 'node-richiedente', to: { stepId: 'step-richiedente', parentId: null, index: 2 } });
    expect(keys(next, 0)).toEqual(['email', 'residente_comune', 'richiedente']);
    expect(next.steps[0].nodes[2]).toBe(def.steps[0].nodes[0]);
    expect(next.steps[1]).toBe(def.steps[1]);
    expect(def).toEqual(bonusAlimentare());
  });

  it('moves backward within the same list', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = moveNode(def, { nodeId: 'node-residente', to: { stepId: 'step-richiedente', parentId: null, index: 0 } });
    expect(keys(next, 0)).toEqual(['residente_comune', 'richiedente', 'email']);
  });

  it('is a no-op when the node stays where it is', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(moveNode(def, { nodeId: 'node-email', to: { stepId: 'step-richiedente', parentId: null, index: 1 } })).toBe(def);
    expect(moveNode(def, { nodeId: 'node-residente', to: { stepId: 'step-richiedente', parentId: null, index: 9 } })).toBe(def);
  });

  it('moves to another step, keeping the node (and its subtree) identical', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = moveNode(def, { nodeId: 'node-accredito', to: { stepId: 'step-richiedente', parentId: null, index: 1 } });
    expect(keys(next, 0)).toEqual(['richiedente', 'accredito', 'email', 'residente_comune']);
    expect(keys(next, 2)).toEqual(['dichiarazione_veridicita', 'consenso_privacy']);
    expect(next.steps[0].nodes[1]).toBe(def.steps[2].nodes[0]);
    expect(next.steps[1]).toBe(def.steps[1]);
    expect(validate(next)).toEqual([]);
  });

  it('moves into a container and out of it', () => {
    const def = deepFreeze(bonusAlimentare());
    const into = moveNode(def, { nodeId: 'node-privacy', to: { stepId: 'step-dichiarazioni', parentId: 'node-accredito', index: 0 } });
    expect(findNode(into, 'node-privacy')?.location).toEqual({ stepId: 'step-dichiarazioni', parentId: 'node-accredito', index: 0 });
    expect(keys(into, 2)).toEqual(['accredito', 'dichiarazione_veridicita']);
    const out = moveNode(def, { nodeId: 'node-iban', to: { stepId: 'step-nucleo', parentId: null, index: 0 } });
    expect(keys(out, 1)).toEqual(['iban', 'isee', 'componenti_nucleo', 'familiari']);
    expect(out.steps[2].nodes[0].children!.map((n) => n.key)).toEqual(['intestatario_conto']);
    expect(out.steps[0]).toBe(def.steps[0]);
  });

  it('accounts for the removal when the destination container comes after the node', () => {
    const def = deepFreeze(bonusAlimentare());
    // node-isee precedes node-familiari in the same list: removing it shifts the group's index.
    const next = moveNode(def, { nodeId: 'node-isee', to: { stepId: 'step-nucleo', parentId: 'node-familiari', index: 4 } });
    expect(keys(next, 1)).toEqual(['componenti_nucleo', 'familiari']);
    expect(next.steps[1].nodes[1].children!.map((n) => n.key)).toEqual([
      'nome_familiare',
      'cognome_familiare',
      'codice_fiscale_familiare',
      'data_di_nascita_familiare',
      'isee',
    ]);
  });

  it('refuses to move a container into itself or its descendants', () => {
    const base = insertNode(bonusAlimentare(), {
      node: { id: 'node-sub', type: 'section', key: 'sottosezione', props: {}, children: [] },
      to: { stepId: 'step-dichiarazioni', parentId: 'node-accredito', index: 2 },
    });
    const def = deepFreeze(base);
    expect(moveNode(def, { nodeId: 'node-accredito', to: { stepId: 'step-dichiarazioni', parentId: 'node-accredito', index: 0 } })).toBe(def);
    expect(moveNode(def, { nodeId: 'node-accredito', to: { stepId: 'step-dichiarazioni', parentId: 'node-sub', index: 0 } })).toBe(def);
  });

  it.each([
    ['an unknown node', 'nessuno', { stepId: 'step-nucleo', parentId: null, index: 0 }],
    ['an unknown step', 'node-email', { stepId: 'nessuno', parentId: null, index: 0 }],
    ['a non-container parent', 'node-email', { stepId: 'step-nucleo', parentId: 'node-isee', index: 0 }],
    ['a parent in another step', 'node-email', { stepId: 'step-nucleo', parentId: 'node-accredito', index: 0 }],
    ['a NaN index', 'node-email', { stepId: 'step-nucleo', parentId: null, index: Number.NaN }],
  ])('is a no-op for %s', (_case, nodeId, to) => {
    const def = deepFreeze(bonusAlimentare());
    expect(moveNode(def, { nodeId, to })).toBe(def);
  });
});
