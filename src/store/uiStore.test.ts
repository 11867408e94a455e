import { describe, expect, it, vi } from 'vitest';
import type { ServiceDefinition } from '../model/types';
import { bindSelectionToDocument } from './bindSelection';
import { createDocumentStoreWith } from './documentStoreCore';
import { nidoComunaleFixture } from './testing/fixtures';
import { createUiStore } from './uiStore';

const standIns = {
  removeNode(def: ServiceDefinition, args: { nodeId: string }): ServiceDefinition {
    const step = def.steps.find((s) => s.nodes.some((n) => n.id === args.nodeId));
    if (!step) return def;
    return { ...def, steps: def.steps.map((s) => (s === step ? { ...s, nodes: s.nodes.filter((n) => n.id !== args.nodeId) } : s)) };
  },
  renameStep(def: ServiceDefinition, args: { stepId: string; title: string }): ServiceDefinition {
    return { ...def, steps: def.steps.map((s) => (s.id === args.stepId ? { ...s, title: args.title } : s)) };
  },
};

describe('ui store', () => {
  it('selects nodes and steps, tracks drag, panels and search, and does not notify on no-ops', () => {
    const ui = createUiStore();
    const listener = vi.fn();
    ui.subscribe(listener);
    ui.getState().selectNode('n-cf', 'step-genitore');
    expect(ui.getState()).toMatchObject({ selectedNodeId: 'n-cf', selectedStepId: 'step-genitore' });
    ui.getState().selectNode('n-cf', 'step-genitore');
    expect(listener).toHaveBeenCalledTimes(1);
    ui.getState().selectStep('step-bambino');
    expect(ui.getState()).toMatchObject({ selectedNodeId: null, selectedStepId: 'step-bambino' });
    ui.getState().startDrag({ kind: 'palette', blockType: 'text' });
    expect(ui.getState().activeDrag).toEqual({ kind: 'palette', blockType: 'text' });
    ui.getState().endDrag();
    expect(ui.getState().activeDrag).toBeNull();
    ui.getState().togglePanel('outline');
    expect(ui.getState().openPanels.outline).toBe(true);
    ui.getState().setPanelOpen('inspector', false);
    expect(ui.getState().openPanels.inspector).toBe(false);
    ui.getState().setSearchFilter('codice fiscale');
    expect(ui.getState().searchFilter).toBe('codice fiscale');
  });

  it('is never part of the document history', () => {
    const document = createDocumentStoreWith(standIns, nidoComunaleFixture());
    const ui = createUiStore();
    ui.getState().selectNode('n-cf', 'step-genitore');
    expect(document.getState().past).toHaveLength(0);
    expect(document.getState().changeSeq).toBe(0);
  });
});

describe('bindSelectionToDocument', () => {
  function setup() {
    const document = createDocumentStoreWith(standIns, nidoComunaleFixture());
    const ui = createUiStore();
    const unbind = bindSelectionToDocument(document, ui);
    return { document, ui, unbind };
  }

  it('moves the selection to a neighbour when the selected node is deleted', () => {
    const { document, ui } = setup();
    ui.getState().selectNode('n-cognome', 'step-genitore');
    document.getState().dispatch({ name: 'removeNode', args: { nodeId: 'n-cognome' } });
    expect(ui.getState().selectedNodeId).toBe('n-cf');
  });

  it('after undoing an insert, the selection leaves the vanished node', () => {
    const { document, ui } = setup();
    document.getState().dispatch({ name: 'removeNode', args: { nodeId: 'n-isee' } });
    document.getState().undo(); // n-isee is back
    ui.getState().selectNode('n-isee', 'step-bambino');
    document.getState().redo(); // n-isee removed again
    expect(ui.getState()).toMatchObject({ selectedNodeId: 'n-nascita', selectedStepId: 'step-bambino' });
  });

  it('leaves the selection alone when the selected node is untouched', () => {
    const { document, ui } = setup();
    ui.getState().selectNode('n-nome', 'step-genitore');
    const listener = vi.fn();
    ui.subscribe(listener);
    document.getState().dispatch({ name: 'renameStep', args: { stepId: 'step-bambino', title: 'Il bambino' } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops following after unbind', () => {
    const { document, ui, unbind } = setup();
    ui.getState().selectNode('n-cognome', 'step-genitore');
    unbind();
    document.getState().dispatch({ name: 'removeNode', args: { nodeId: 'n-cognome' } });
    expect(ui.getState().selectedNodeId).toBe('n-cognome');
  });
});
