import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import { updateNodeProps } from './updateNodeProps';

describe('updateNodeProps', () => {
  it('merges props shallowly into the node, sharing the rest', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = updateNodeProps(def, { nodeId: 'node-iban', props: { label: 'IBAN', help: 'Intestato al richiedente' } });
    const iban = next.steps[2].nodes[0].children![0];
    expect(iban.props).toEqual({ label: 'IBAN', required: true, help: 'Intestato al richiedente' });
    expect(iban.id).toBe('node-iban');
    expect(next.steps[2].nodes[0].children![1]).toBe(def.steps[2].nodes[0].children![1]);
    expect(next.steps[2].nodes[1]).toBe(def.steps[2].nodes[1]);
    expect(next.steps[0]).toBe(def.steps[0]);
    expect(def).toEqual(bonusAlimentare());
  });

  it('removes a prop set to undefined', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = updateNodeProps(def, { nodeId: 'node-email', props: { required: undefined } });
    expect(next.steps[0].nodes[1].props).toEqual({ label: 'Email' });
    expect(Object.prototype.hasOwnProperty.call(next.steps[0].nodes[1].props, 'required')).toBe(false);
  });

  it('is a no-op when nothing changes or the node is unknown', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(updateNodeProps(def, { nodeId: 'node-email', props: { label: 'Email', required: true } })).toBe(def);
    expect(updateNodeProps(def, { nodeId: 'node-email', props: { help: undefined } })).toBe(def);
    expect(updateNodeProps(def, { nodeId: 'node-email', props: {} })).toBe(def);
    expect(updateNodeProps(def, { nodeId: 'nessuno', props: { label: 'x' } })).toBe(def);
  });

  it('ignores a __proto__ prop instead of replacing the prototype', () => {
    const def = deepFreeze(bonusAlimentare());
    const props = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(updateNodeProps(def, { nodeId: 'node-email', props })).toBe(def);
  });
});
