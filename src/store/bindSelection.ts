/**
 * Keeps the UI selection valid while the document changes: after undo, redo,
 * delete or a reset, a selection that points at a vanished node moves to a
 * neighbour (see `reconcileSelection`) instead of dangling.
 */
import type { DocumentStoreApi } from './documentStoreCore';
import type { CommandTable } from './commandTypes';
import { getNodeIndex } from './nodeIndex';
import { reconcileSelection, reconcileStepSelection } from './reconcileSelection';
import type { UiStoreApi } from './uiStore';

/**
 * Subscribes `ui` to `document`. Returns the unsubscribe function; call it
 * when the editor unmounts.
 */
export function bindSelectionToDocument<C extends CommandTable>(document: DocumentStoreApi<C>, ui: UiStoreApi): () => void {
  return document.subscribe((state, prev) => {
    if (state.definition.steps === prev.definition.steps) return;
    const { selectedNodeId, selectedStepId } = ui.getState();
    const nodeId = reconcileSelection(state.definition, selectedNodeId, prev.definition);
    const stepId =
      nodeId !== null
        ? (getNodeIndex(state.definition).get(nodeId)?.stepId ?? null)
        : reconcileStepSelection(state.definition, selectedStepId, prev.definition);
    if (nodeId !== selectedNodeId || stepId !== selectedStepId) {
      ui.setState({ selectedNodeId: nodeId, selectedStepId: stepId });
    }
  });
}
