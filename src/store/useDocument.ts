/**
 * Selector hooks over the document store. Each hook re-renders its component
 * only when the selected slice changes (`Object.is`, or the equality you pass),
 * so typing into one field re-renders that field and the inspector, not the
 * whole canvas.
 */
import { useMemo } from 'react';
import { useStoreWithEqualityFn } from 'zustand/traditional';
import type { FlowNode, ServiceDefinition, Step } from '../model/types';
import type { EditorDocumentState } from './documentStore';
import { selectCanRedo, selectCanUndo } from './documentStoreCore';
import { useEditorStores } from './EditorStoresProvider';
import { getNodeIndex, type NodeLocation } from './nodeIndex';

/**
 * A slice of the definition. The selector must return something stable
 * (an existing object or a primitive); for derived arrays/objects pass
 * `shallow` from `zustand/shallow` as `equals`.
 */
export function useDefinition<T>(
  selector: (definition: ServiceDefinition) => T,
  equals?: (a: T, b: T) => boolean,
): T {
  const { document } = useEditorStores();
  return useStoreWithEqualityFn(document, (s) => selector(s.definition), equals);
}

/** A slice of the whole document state (history included). */
export function useDocumentState<T>(selector: (state: EditorDocumentState) => T, equals?: (a: T, b: T) => boolean): T {
  const { document } = useEditorStores();
  return useStoreWithEqualityFn(document, selector, equals);
}

/** One node by id (O(1) through the cached node index). */
export function useNode(nodeId: string): FlowNode | undefined {
  return useDefinition((d) => getNodeIndex(d).get(nodeId)?.node);
}

/** Where a node lives (step, parent, index); changes only when the node or its place does. */
export function useNodeLocation(nodeId: string): NodeLocation | undefined {
  return useDefinition(
    (d) => getNodeIndex(d).get(nodeId),
    (a, b) => a === b || (!!a && !!b && a.node === b.node && a.stepId === b.stepId && a.parentId === b.parentId && a.index === b.index),
  );
}

/** One step by id. */
export function useStep(stepId: string): Step | undefined {
  return useDefinition((d) => d.steps.find((s) => s.id === stepId));
}

export const useCanUndo = (): boolean => useDocumentState(selectCanUndo);
export const useCanRedo = (): boolean => useDocumentState(selectCanRedo);

/** Stable action functions (never cause a re-render). */
export function useDocumentActions(): Pick<
  EditorDocumentState,
  'dispatch' | 'undo' | 'redo' | 'endCoalesce' | 'commitTyping'
> {
  const { document } = useEditorStores();
  return useMemo(() => {
    const { dispatch, undo, redo, endCoalesce, commitTyping } = document.getState();
    return { dispatch, undo, redo, endCoalesce, commitTyping };
  }, [document]);
}
