/** Selector hooks over the editor UI store (selection, drag, panels, search). */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { UiState } from './uiStore';
import { useEditorStores } from './EditorStoresProvider';

/** A slice of UI state; return primitives or existing objects. */
export function useUi<T>(selector: (state: UiState) => T): T {
  const { ui } = useEditorStores();
  return useStore(ui, selector);
}

/**
 * Whether `nodeId` is selected. A boolean per node means a selection change
 * re-renders exactly two nodes (old and new), not the canvas.
 */
export function useIsSelected(nodeId: string): boolean {
  return useUi((s) => s.selectedNodeId === nodeId);
}

export type UiActions = Pick<
  UiState,
  'selectNode' | 'selectStep' | 'clearSelection' | 'startDrag' | 'endDrag' | 'setPanelOpen' | 'togglePanel' | 'setSearchFilter'
>;

/** The UI actions; a stable object of stable functions, never a re-render. */
export function useUiActions(): UiActions {
  const { ui } = useEditorStores();
  return useMemo(() => {
    const s = ui.getState();
    return {
      selectNode: s.selectNode,
      selectStep: s.selectStep,
      clearSelection: s.clearSelection,
      startDrag: s.startDrag,
      endDrag: s.endDrag,
      setPanelOpen: s.setPanelOpen,
      togglePanel: s.togglePanel,
      setSearchFilter: s.setSearchFilter,
    };
  }, [ui]);
}
