import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from './fixtures';
import {
  collectNodeIds,
  countNodes,
  findNode,
  findStep,
  isContainer,
  nodeAtPointer,
  nodeListAt,
  subtreeNodes,
  walkNodes,
} from './tree';

const def = bonusAlimentare();

describe('tree', () => {
  it('walks every node in document order with location and depth', () => {
    const seen: string[] = [];
    walkNodes(def, (node, location, depth) => {
      seen.push(`${depth}:${location.stepId}/${location.parentId ?? '-'}/${location.index}:${node.key}`);
    });
    expect(seen).toEqual([
      '0:step-richiedente/-/0:richiedente',
      '0:step-richiedente/-/1:email',
      '0:step-richiedente/-/2:residente_comune',
      '0:step-nucleo/-/0:isee',
      '0:step-nucleo/-/1:componenti_nucleo',
      '0:step-nucleo/-/2:familiari',
      '1:step-nucleo/node-familiari/0:nome_familiare',
      '1:step-nucleo/node-familiari/1:cognome_familiare',
      '1:step-nucleo/node-familiari/2:codice_fiscale_familiare',
      '1:step-nucleo/node-familiari/3:data_di_nascita_familiare',
      '0:step-dichiarazioni/-/0:accredito',
      '1:step-dichiarazioni/node-accredito/0:iban',
      '1:step-dichiarazioni/node-accredito/1:intestatario_conto',
      '0:step-dichiarazioni/-/1:dichiarazione_veridicita',
      '0:step-dichiarazioni/-/2:consenso_privacy',
    ]);
  });

  it('stops walking when the visitor returns false', () => {
    let visits = 0;
    walkNodes(def, (node) => {
      visits += 1;
      return node.key !== 'isee';
    });
    expect(visits).toBe(4);
  });

  it('finds nodes at any depth, with their location', () => {
    expect(findNode(def, 'node-iban')).toEqual({
      node: def.steps[2].nodes[0].children![0],
      location: { stepId: 'step-dichiarazioni', parentId: 'node-accredito', index: 0 },
    });
    expect(findNode(def, 'node-email')?.location).toEqual({ stepId: 'step-richiedente', parentId: null, index: 1 });
    expect(findNode(def, 'nessuno')).toBeUndefined();
  });

  it('finds steps', () => {
    expect(findStep(def, 'step-nucleo')).toEqual({ step: def.steps[1], index: 1 });
    expect(findStep(def, 'nessuno')).toBeUndefined();
  });

  it('resolves the list a location points into', () => {
    expect(nodeListAt(def, { stepId: 'step-nucleo', parentId: null })).toBe(def.steps[1].nodes);
    expect(nodeListAt(def, { stepId: 'step-nucleo', parentId: 'node-familiari' })).toBe(def.steps[1].nodes[2].children);
    // Not a container, wrong step, unknown step:
    expect(nodeListAt(def, { stepId: 'step-nucleo', parentId: 'node-isee' })).toBeUndefined();
    expect(nodeListAt(def, { stepId: 'step-richiedente', parentId: 'node-familiari' })).toBeUndefined();
    expect(nodeListAt(def, { stepId: 'nessuno', parentId: null })).toBeUndefined();
  });

  it('maps an issue path to its node', () => {
    expect(nodeAtPointer(def, '/steps/1/nodes/2/children/3/key')?.node.id).toBe('node-familiare-nascita');
    expect(nodeAtPointer(def, '/steps/1/nodes/2/children/3/key')?.location).toEqual({
      stepId: 'step-nucleo',
      parentId: 'node-familiari',
      index: 3,
    });
    expect(nodeAtPointer(def, '/steps/1/nodes/2/props/label')?.node.id).toBe('node-familiari');
    expect(nodeAtPointer(def, '/card/title')).toBeUndefined();
    expect(nodeAtPointer(def, '/steps/9/nodes/0')).toBeUndefined();
  });

  it('counts, collects and lists subtrees; knows containers', () => {
    expect(countNodes(def)).toBe(15);
    expect(collectNodeIds(def).size).toBe(15);
    expect(subtreeNodes(def.steps[2].nodes[0]).map((n) => n.key)).toEqual(['accredito', 'iban', 'intestatario_conto']);
    expect(isContainer(def.steps[2].nodes[0])).toBe(true);
    expect(isContainer(def.steps[2].nodes[1])).toBe(false);
  });
});
