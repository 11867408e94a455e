// Store mechanics with tiny stand-in ops (the real model ops are exercised in
// documentStore.test.ts): no-ops, undo/redo, coalescing, limit, saved meta.
import { describe, expect, it } from 'vitest';
import type { FlowNode, ServiceDefinition } from '../model/types';
import { createDocumentStoreWith } from './documentStoreCore';
import { nidoComunaleFixture } from './testing/fixtures';

const mapNodes = (nodes: FlowNode[], f: (n: FlowNode) => FlowNode): FlowNode[] =>
  nodes.map((n) => f(n.children ? { ...n, children: mapNodes(n.children, f) } : n));

const standIns = {
  setLabel(def: ServiceDefinition, args: { nodeId: string; label: string }): ServiceDefinition {
    let changed = false;
    const steps = def.steps.map((s) => ({
      ...s,
      nodes: mapNodes(s.nodes, (n) => {
        if (n.id !== args.nodeId || n.props.label === args.label) return n;
        changed = true;
        return { ...n, props: { ...n.props, label: args.label } };
      }),
    }));
    return changed ? { ...def, steps } : def;
  },
  renameStep(def: ServiceDefinition, args: { stepId: string; title: string }): ServiceDefinition {
    const step = def.steps.find((s) => s.id === args.stepId);
    if (!step || step.title === args.title) return def;
    return { ...def, steps: def.steps.map((s) => (s === step ? { ...s, title: args.title } : s)) };
  },
};

function setup(options: { limit?: number; idleMs?: number } = {}) {
  let clock = 0;
  const store = createDocumentStoreWith(standIns, nidoComunaleFixture(), {
    now: () => clock,
    limit: options.limit,
    coalesceIdleMs: options.idleMs,
  });
  const label = (id = 'n-nome') =>
    store.getState().definition.steps[0].nodes.find((n) => n.id === id)?.props.label;
  const typeInto = (nodeId: string, text: string, msPerKey = 80) => {
    for (let i = 1; i <= text.length; i++) {
      clock += msPerKey;
      store.getState().dispatch({ name: 'setLabel', args: { nodeId, label: text.slice(0, i) } }, { coalesceKey: `props:${nodeId}:label` });
    }
  };
  return { store, label, typeInto, tick: (ms: number) => (clock += ms) };
}

describe('document store core', () => {
  it('applies a command, and undo/redo walk it back and forth', () => {
    const { store } = setup();
    const s = () => store.getState();
    expect(s().dispatch({ name: 'renameStep', args: { stepId: 'step-genitore', title: 'Chi presenta la domanda' } })).toBe(true);
    expect(s().definition.steps[0].title).toBe('Chi presenta la domanda');
    expect(s().past).toHaveLength(1);
    expect(s().undo()).toBe(true);
    expect(s().definition.steps[0].title).toBe('Dati del genitore');
    expect(s().future).toHaveLength(1);
    expect(s().redo()).toBe(true);
    expect(s().definition.steps[0].title).toBe('Chi presenta la domanda');
    expect(s().redo()).toBe(false);
  });

  it('does not record a no-op (same object returned)', () => {
    const { store } = setup();
    const before = store.getState();
    expect(before.dispatch({ name: 'renameStep', args: { stepId: 'step-genitore', title: 'Dati del genitore' } })).toBe(false);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().changeSeq).toBe(before.changeSeq);
    expect(store.getState().definition).toBe(before.definition);
  });

  it('undo returns to the very same snapshot object (structural sharing, no copies)', () => {
    const { store } = setup();
    const original = store.getState().definition;
    store.getState().dispatch({ name: 'setLabel', args: { nodeId: 'n-nome', label: 'Nome di battesimo' } });
    store.getState().undo();
    expect(store.getState().definition).toBe(original);
  });

  it('a new command clears the redo stack', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch({ name: 'setLabel', args: { nodeId: 'n-nome', label: 'Nome proprio' } });
    s().undo();
    s().dispatch({ name: 'setLabel', args: { nodeId: 'n-cognome', label: 'Cognome di famiglia' } });
    expect(s().future).toHaveLength(0);
    expect(s().redo()).toBe(false);
  });

  it('coalesces typing into one input into ONE undo step', () => {
    const { store, label, typeInto } = setup();
    typeInto('n-nome', 'Nome e secondo nome');
    expect(label()).toBe('Nome e secondo nome');
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(label()).toBe('Nome');
  });

  it('a different coalesce key starts a new undo step', () => {
    const { store, label, typeInto } = setup();
    typeInto('n-nome', 'Nome proprio');
    typeInto('n-cognome', 'Cognome di famiglia');
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(label('n-cognome')).toBe('Cognome');
    expect(label('n-nome')).toBe('Nome proprio');
  });

  it('an idle gap longer than the threshold closes the group', () => {
    const { store, label, typeInto, tick } = setup({ idleMs: 1000 });
    typeInto('n-nome', 'Nome');
    tick(1001);
    typeInto('n-nome', 'Nome del genitore');
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(label()).toBe('Nome');
  });

  it('a pause within the threshold keeps the group open', () => {
    const { store, typeInto, tick } = setup({ idleMs: 1000 });
    typeInto('n-nome', 'Nom');
    tick(900);
    typeInto('n-nome', 'Nome');
    expect(store.getState().past).toHaveLength(1);
  });

  it('commitTyping/endCoalesce closes the group explicitly', () => {
    const { store, typeInto } = setup();
    typeInto('n-nome', 'Nome');
    store.getState().commitTyping();
    expect(store.getState().group).toBeNull();
    typeInto('n-nome', 'Nome completo');
    expect(store.getState().past).toHaveLength(2);
  });

  it('a command without a key between two typing bursts splits them', () => {
    const { store, typeInto } = setup();
    typeInto('n-nome', 'Nom');
    store.getState().dispatch({ name: 'renameStep', args: { stepId: 'step-bambino', title: 'Il bambino' } });
    typeInto('n-nome', 'Nome');
    expect(store.getState().past).toHaveLength(3);
  });

  it('undo in the middle of typing goes back to before the group', () => {
    const { store, label, typeInto } = setup();
    typeInto('n-nome', 'Nom de plume');
    store.getState().undo();
    expect(label()).toBe('Nome');
    typeInto('n-nome', 'N');
    expect(store.getState().past).toHaveLength(1); // new group, not merged into the undone one
  });

  it('keeps at most `limit` undo steps, dropping the oldest', () => {
    const { store, label } = setup({ limit: 200 });
    for (let i = 1; i <= 250; i++) store.getState().dispatch({ name: 'setLabel', args: { nodeId: 'n-nome', label: `Nome ${i}` } });
    expect(store.getState().past).toHaveLength(200);
    while (store.getState().undo());
    expect(label()).toBe('Nome 50');
  });

  it('records the action name and counts content changes', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch({ name: 'renameStep', args: { stepId: 'step-bambino', title: 'Il bambino' } });
    expect(s().lastAction).toBe('renameStep');
    s().undo();
    expect(s().lastAction).toBe('undo:renameStep');
    s().redo();
    expect(s().lastAction).toBe('redo:renameStep');
    expect(s().changeSeq).toBe(3);
  });

  it('markSaved stamps revision/updatedAt/history without an undo step, and undo keeps them', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch({ name: 'renameStep', args: { stepId: 'step-bambino', title: 'Il bambino' } });
    const seq = s().changeSeq;
    const history = [{ at: '2027-01-15T09:01:00.000Z', revision: 1, role: 'technical' as const, action: 'renameStep' }];
    s().markSaved({ revision: 1, updatedAt: '2027-01-15T09:01:00.000Z', history });
    expect(s().changeSeq).toBe(seq);
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().definition.steps[1].title).toBe('Dati del bambino');
    expect(s().definition.revision).toBe(1);
    expect(s().definition.history).toBe(history);
    s().redo();
    expect(s().definition.revision).toBe(1);
  });

  it('markSaved keeps the typing group open and the step references intact', () => {
    const { store, typeInto } = setup();
    typeInto('n-nome', 'Nom');
    const steps = store.getState().definition.steps;
    store.getState().markSaved({ revision: 4, updatedAt: '2027-01-15T09:01:00.000Z', history: [] });
    expect(store.getState().definition.steps).toBe(steps);
    typeInto('n-nome', 'Nome');
    expect(store.getState().past).toHaveLength(1);
  });

  it('reset replaces the document and clears history', () => {
    const { store } = setup();
    store.getState().dispatch({ name: 'renameStep', args: { stepId: 'step-bambino', title: 'Il bambino' } });
    const other = { ...nidoComunaleFixture(), card: { ...nidoComunaleFixture().card, title: 'Nido (importato)' } };
    store.getState().reset(other);
    expect(store.getState().definition).toBe(other);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().future).toHaveLength(0);
  });

  it('reset refuses another service', () => {
    const { store } = setup();
    expect(() => store.getState().reset({ ...nidoComunaleFixture(), id: 'mensa-scolastica' })).toThrow(/service id/);
  });

  it('load takes a stored copy as a fresh open: history cleared, nothing unsaved', () => {
    const { store } = setup();
    store.getState().dispatch({ name: 'renameStep', args: { stepId: 'step-bambino', title: 'Il bambino' } });
    store.getState().undo();
    const seq = store.getState().changeSeq;
    const pulled = { ...nidoComunaleFixture(), revision: 9, card: { ...nidoComunaleFixture().card, title: 'Nido (dal collega)' } };
    store.getState().load(pulled);
    expect(store.getState().definition).toBe(pulled);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().future).toHaveLength(0);
    // Autosave watches changeSeq: a loaded copy is already on disk, not an edit to save.
    expect(store.getState().changeSeq).toBe(seq);
    expect(store.getState().undo()).toBe(false);
  });

  it('load refuses another service', () => {
    const { store } = setup();
    expect(() => store.getState().load({ ...nidoComunaleFixture(), id: 'mensa-scolastica' })).toThrow(/service id/);
  });

  it('rejects an unknown command name', () => {
    const { store } = setup();
    expect(() => store.getState().dispatch({ name: 'toString' as 'setLabel', args: { nodeId: 'x', label: 'y' } })).toThrow(/Unknown command/);
  });
});
