/**
 * The editor's user actions, each one dispatch (one undo step) followed by
 * the selection and the screen-reader message that should go with it.
 * Components call these instead of building commands themselves.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createNode } from '../../blocks/registry';
import { collectKeys } from '../../model/keys';
import { newId } from '../../model/ids';
import type { EditorStores } from '../../store/EditorStoresProvider';
import { useEditorStores } from '../../store/EditorStoresProvider';
import { getNodeIndex } from '../../store/nodeIndex';
import { announce, useEditorServices, type EditorServices } from './editorServices';
import { moveDestination, type DropTarget } from './dnd/dropTarget';
import { insertionPointAfterSelection } from './dnd/keyboardSlots';
import { nodeLabel } from './nodeLabel';

export interface EditorActions {
  /** Adds a new block of `blockType` at `target` (default: after the selection); returns its id. */
  insertBlock(blockType: string, target?: DropTarget): string | null;
  /** Moves a node to an insertion position counted in the list as shown. */
  moveNodeTo(nodeId: string, target: DropTarget): boolean;
  /** Moves a node one place up (-1) or down (+1) inside its list. */
  moveNodeBy(nodeId: string, delta: -1 | 1): boolean;
  duplicateNode(nodeId: string): void;
  removeNode(nodeId: string): void;
  addStep(): string;
  moveStep(stepId: string, delta: -1 | 1): void;
  removeStep(stepId: string): void;
}

/** Puts keyboard focus on a node's card once React has drawn it. */
export function focusNode(nodeId: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-node-head="${CSS.escape(nodeId)}"]`)?.focus();
  });
}

export function createEditorActions(stores: EditorStores, services: EditorServices, t: TFunction): EditorActions {
  const { document: doc, ui } = stores;
  const { registry } = services;
  const def = () => doc.getState().definition;
  const dispatch = doc.getState().dispatch;

  return {
    insertBlock(blockType, target) {
      if (!registry.has(blockType)) return null;
      const d = def();
      const { selectedNodeId, selectedStepId } = ui.getState();
      const to = target ?? insertionPointAfterSelection(d, selectedNodeId, selectedStepId);
      const node = createNode(registry, blockType, collectKeys(d));
      if (!dispatch({ name: 'insertNode', args: { node, to } })) return null;
      ui.getState().selectNode(node.id, to.stepId);
      return node.id;
    },
    moveNodeTo(nodeId, target) {
      const to = moveDestination(def(), nodeId, target);
      if (!to) return false;
      const moved = dispatch({ name: 'moveNode', args: { nodeId, to } });
      if (moved) ui.getState().selectNode(nodeId, to.stepId);
      return moved;
    },
    moveNodeBy(nodeId, delta) {
      const at = getNodeIndex(def()).get(nodeId);
      if (!at) return false;
      const to = { stepId: at.stepId, parentId: at.parentId, index: at.index + delta };
      if (to.index < 0) return false;
      const moved = dispatch({ name: 'moveNode', args: { nodeId, to } });
      if (moved) focusNode(nodeId);
      return moved;
    },
    duplicateNode(nodeId) {
      const before = getNodeIndex(def()).get(nodeId);
      if (!before || !dispatch({ name: 'duplicateNode', args: { nodeId } })) return;
      // The copy is placed right after the original.
      const after = getNodeIndex(def()).get(nodeId);
      const list = after?.parentId
        ? getNodeIndex(def()).get(after.parentId)?.node.children
        : def().steps.find((s) => s.id === after?.stepId)?.nodes;
      const copy = after && list ? list[after.index + 1] : undefined;
      if (copy) {
        ui.getState().selectNode(copy.id, after!.stepId);
        focusNode(copy.id);
      }
    },
    removeNode(nodeId) {
      const node = getNodeIndex(def()).get(nodeId)?.node;
      if (!node || !dispatch({ name: 'removeNode', args: { nodeId } })) return;
      announce(services, t('node.removed', { label: nodeLabel(node, registry) }));
      // bindSelectionToDocument has moved the selection to a neighbour.
      const next = ui.getState().selectedNodeId;
      if (next) focusNode(next);
    },
    addStep() {
      const id = newId();
      const index = def().steps.length;
      dispatch({ name: 'addStep', args: { id, title: t('canvas.newStepTitle'), index } });
      ui.getState().selectStep(id);
      requestAnimationFrame(() => document.getElementById(`step-title-${id}`)?.focus());
      return id;
    },
    moveStep(stepId, delta) {
      const index = def().steps.findIndex((s) => s.id === stepId);
      if (index < 0) return;
      dispatch({ name: 'moveStep', args: { stepId, toIndex: index + delta } });
    },
    removeStep(stepId) {
      dispatch({ name: 'removeStep', args: { stepId } });
    },
  };
}

/** The editor actions, stable for the life of the editor. */
export function useEditorActions(): EditorActions {
  const stores = useEditorStores();
  const services = useEditorServices();
  const { t } = useTranslation('editor');
  return useMemo(() => createEditorActions(stores, services, t), [stores, services, t]);
}
