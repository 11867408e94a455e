import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze, sequentialIds } from '../fixtures';
import { collectNodeIds } from '../tree';
import { validate } from '../validate';
import { duplicateNode } from './duplicateNode';
import { updateNode } from './updateNode';

describe('duplicateNode', () => {
  it('inserts a copy right after the original, with a fresh id and key', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = duplicateNode(def, { nodeId: 'node-email', idGen: sequentialIds('copia') });
    expect(next.steps[0].nodes.map((n) => n.key)).toEqual(['richiedente', 'email', 'email_2', 'residente_comune']);
    expect(next.steps[0].nodes[2]).toEqual({ ...def.steps[0].nodes[1], id: 'copia-1', key: 'email_2' });
    expect(next.steps[0].nodes[2].props).not.toBe(def.steps[0].nodes[1].props);
    expect(next.steps[0].nodes[1]).toBe(def.steps[0].nodes[1]);
    expect(next.steps[1]).toBe(def.steps[1]);
    expect(def).toEqual(bonusAlimentare());
    expect(validate(next)).toEqual([]);
  });

  it('copies a container deeply: fresh ids and keys for every descendant, translations copied', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = duplicateNode(def, { nodeId: 'node-familiari', idGen: sequentialIds('copia') });
    const copy = next.steps[1].nodes[3];
    expect(copy.id).toBe('copia-1');
    expect(copy.key).toBe('familiari_2');
    expect(copy.children!.map((n) => [n.id, n.key])).toEqual([
      ['copia-2', 'nome_familiare_2'],
      ['copia-3', 'cognome_familiare_2'],
      ['copia-4', 'codice_fiscale_familiare_2'],
      ['copia-5', 'data_di_nascita_familiare_2'],
    ]);
    expect(copy.visibleIf).toEqual(def.steps[1].nodes[2].visibleIf);
    expect(next.translations.en['node.copia-1.label']).toBe('Other household members');
    expect(next.translations.en['node.copia-2.label']).toBe('First name');
    expect(next.translations.en['node.node-familiari.label']).toBe('Other household members');
    expect(validate(next)).toEqual([]);
  });

  it('points rules inside the copy at the copied fields, leaves outside references alone', () => {
    const base = updateNode(bonusAlimentare(), {
      nodeId: 'node-intestatario',
      patch: { visibleIf: { and: [{ '!!': { var: 'iban' } }, { '>': [{ var: 'componenti_nucleo' }, 1] }] } },
    });
    const def = deepFreeze(base);
    const next = duplicateNode(def, { nodeId: 'node-accredito', idGen: sequentialIds('copia') });
    expect(next.steps[2].nodes[1].children![1].visibleIf).toEqual({
      and: [{ '!!': { var: 'iban_2' } }, { '>': [{ var: 'componenti_nucleo' }, 1] }],
    });
    expect(next.steps[2].nodes[0]).toBe(def.steps[2].nodes[0]);
  });

  it('uses random ids by default', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = duplicateNode(def, { nodeId: 'node-iban' });
    expect(collectNodeIds(next).size).toBe(collectNodeIds(def).size + 1);
    expect(validate(next)).toEqual([]);
  });

  it('retries ids that collide, and gives up rather than loop forever', () => {
    const def = deepFreeze(bonusAlimentare());
    const ids = ['node-email', 'node-iban', 'nuovo'];
    const next = duplicateNode(def, { nodeId: 'node-email', idGen: () => ids.shift() ?? 'x' });
    expect(next.steps[0].nodes[2].id).toBe('nuovo');
    expect(duplicateNode(def, { nodeId: 'node-email', idGen: () => 'node-email' })).toBe(def);
  });

  it('is a no-op for an unknown node', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(duplicateNode(def, { nodeId: 'nessuno' })).toBe(def);
  });
});
