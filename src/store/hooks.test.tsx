// @vitest-environment jsdom
// Selector hooks re-render only what changed: with 1,000 fields on the
// canvas, selecting or editing one field must not re-render the others.
import { act, cleanup, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { createDocumentStore } from './documentStore';
import { EditorStoresProvider, type EditorStores } from './EditorStoresProvider';
import { largeServiceFixture } from './testing/fixtures';
import { createUiStore } from './uiStore';
import { useCanRedo, useCanUndo, useDefinition, useDocumentActions, useNode } from './useDocument';
import { useIsSelected, useUi } from './useUi';

function setup(count: number) {
  const renders = new Map<string, number>();
  const FieldView = memo(function FieldView({ id }: { id: string }) {
    const node = useNode(id);
    const selected = useIsSelected(id);
    renders.set(id, (renders.get(id) ?? 0) + 1);
    return <div aria-selected={selected}>{String(node?.props.label)}</div>;
  });
  function Canvas() {
    const ids = useDefinition((d) => d.steps[0].nodes.map((n) => n.id), shallow);
    renders.set('canvas', (renders.get('canvas') ?? 0) + 1);
    return ids.map((id) => <FieldView key={id} id={id} />);
  }
  function Toolbar() {
    const canUndo = useCanUndo();
    const canRedo = useCanRedo();
    const { undo } = useDocumentActions();
    const filter = useUi((s) => s.searchFilter);
    return (
      <p>
        <button disabled={!canUndo} onClick={undo}>
          Annulla
        </button>
        <span>{canRedo ? 'ripeti possibile' : 'niente da ripetere'}</span>
        <span>filtro: {filter}</span>
      </p>
    );
  }
  const stores: EditorStores = { document: createDocumentStore(largeServiceFixture(count)), ui: createUiStore() };
  render(
    <EditorStoresProvider stores={stores}>
      <Toolbar />
      <Canvas />
    </EditorStoresProvider>,
  );
  const snapshot = () => new Map(renders);
  const rerendered = (before: Map<string, number>) =>
    [...renders].filter(([id, n]) => n !== before.get(id)).map(([id]) => id).sort();
  return { stores, snapshot, rerendered };
}

afterEach(cleanup);

describe('selector hooks', () => {
  it('selecting one of 1,000 fields re-renders only the old and new selection', () => {
    const { stores, snapshot, rerendered } = setup(1000);
    let before = snapshot();
    act(() => stores.ui.getState().selectNode('f-500', 'step-grande'));
    expect(rerendered(before)).toEqual(['f-500']);
    before = snapshot();
    act(() => stores.ui.getState().selectNode('f-10', 'step-grande'));
    expect(rerendered(before)).toEqual(['f-10', 'f-500']);
  });

  it('editing one field re-renders that field only, not the canvas', () => {
    const { stores, snapshot, rerendered } = setup(1000);
    const before = snapshot();
    act(() => {
      stores.document.getState().dispatch({ name: 'updateNodeProps', args: { nodeId: 'f-3', props: { label: 'Codice fiscale' } } });
    });
    expect(rerendered(before)).toEqual(['f-3']);
    expect(screen.getByText('Codice fiscale')).toBeTruthy();
  });

  it('undo availability and UI slices update their readers', () => {
    const { stores } = setup(3);
    const button = screen.getByRole('button', { name: 'Annulla' });
    expect(button).toBeDisabled();
    act(() => {
      stores.document.getState().dispatch({ name: 'updateNodeProps', args: { nodeId: 'f-0', props: { label: 'Nome' } } });
    });
    expect(button).toBeEnabled();
    act(() => button.click());
    expect(screen.getByText('ripeti possibile')).toBeTruthy();
    act(() => stores.ui.getState().setSearchFilter('nome'));
    expect(screen.getByText('filtro: nome')).toBeTruthy();
  });

  it('hooks outside the provider fail loudly', () => {
    function Orphan() {
      useCanUndo();
      return null;
    }
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Orphan />)).toThrow(/EditorStoresProvider/);
    } finally {
      console.error = spy;
    }
  });
});
