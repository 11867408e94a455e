/**
 * Editor UI state: selection, the drag in progress, open panels, the search
 * filter. Never part of undo history and never saved with the service —
 * selecting a field is not an edit.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What is being dragged: a new block from the palette or an existing node. */
export type ActiveDrag = { kind: 'palette'; blockType: string } | { kind: 'node'; nodeId: string };

/** Panel ids used by the editor; any other string is allowed for new panels. */
export type PanelId = 'palette' | 'inspector' | 'outline' | 'rules' | 'preview' | (string & {});

export interface UiState {
  readonly selectedNodeId: string | null;
  readonly selectedStepId: string | null;
  readonly activeDrag: ActiveDrag | null;
  readonly openPanels: Readonly<Record<string, boolean>>;
  readonly searchFilter: string;

  /** Selects a node; pass its step so the step tabs follow. */
  selectNode(nodeId: string | null, stepId?: string | null): void;
  /** Selects a step and clears the node selection. */
  selectStep(stepId: string | null): void;
  clearSelection(): void;
  startDrag(drag: ActiveDrag): void;
  endDrag(): void;
  setPanelOpen(panel: PanelId, open: boolean): void;
  togglePanel(panel: PanelId): void;
  setSearchFilter(text: string): void;
}

export type UiStoreApi = StoreApi<UiState>;

export interface UiStoreOptions {
  selectedStepId?: string | null;
  openPanels?: Record<string, boolean>;
}

/** Panels open when the editor first shows. */
export const DEFAULT_OPEN_PANELS: Readonly<Record<string, boolean>> = { palette: true, inspector: true, outline: false };

/** Creates the UI store of one editor. */
export function createUiStore(options: UiStoreOptions = {}): UiStoreApi {
  return createStore<UiState>()((set, get) => ({
    selectedNodeId: null,
    selectedStepId: options.selectedStepId ?? null,
    activeDrag: null,
    openPanels: { ...DEFAULT_OPEN_PANELS, ...options.openPanels },
    searchFilter: '',

    selectNode(nodeId, stepId) {
      const s = get();
      const nextStep = stepId === undefined ? s.selectedStepId : stepId;
      if (s.selectedNodeId !== nodeId || s.selectedStepId !== nextStep) {
        set({ selectedNodeId: nodeId, selectedStepId: nextStep });
      }
    },
    selectStep(stepId) {
      const s = get();
      if (s.selectedStepId !== stepId || s.selectedNodeId !== null) set({ selectedStepId: stepId, selectedNodeId: null });
    },
    clearSelection() {
      const s = get();
      if (s.selectedNodeId !== null) set({ selectedNodeId: null });
    },
    startDrag: (drag) => set({ activeDrag: drag }),
    endDrag() {
      if (get().activeDrag !== null) set({ activeDrag: null });
    },
    setPanelOpen(panel, open) {
      const panels = get().openPanels;
      if (Boolean(panels[panel]) !== open) set({ openPanels: { ...panels, [panel]: open } });
    },
    togglePanel(panel) {
      const panels = get().openPanels;
      set({ openPanels: { ...panels, [panel]: !panels[panel] } });
    },
    setSearchFilter(text) {
      if (get().searchFilter !== text) set({ searchFilter: text });
    },
  }));
}
