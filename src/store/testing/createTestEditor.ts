/**
 * A harness that drives the editor stores like a user does: dispatching
 * commands, typing key by key into an input (coalesced into one undo step),
 * pausing, undoing. The clock is manual, so idle gaps are exact.
 *
 * ```ts
 * const editor = createTestEditor(nidoComunaleFixture());
 * editor.type('n-nome', 'label', ' del genitore');
 * editor.undo(); // the whole word goes, not one letter
 * ```
 */
import type { FlowNode, ServiceDefinition } from '../../model/types';
import { bindSelectionToDocument } from '../bindSelection';
import { propsCoalesceKey } from '../coalesceKeys';
import type { DispatchOptions } from '../commandTypes';
import { createDocumentStore, type EditorCommand, type EditorDocumentStore } from '../documentStore';
import type { DocumentStoreOptions } from '../documentStoreCore';
import { lookupNode } from '../nodeIndex';
import { createUiStore, type UiStoreApi } from '../uiStore';

export interface TestEditorOptions extends Omit<DocumentStoreOptions, 'now'> {
  /** Time between two key presses in `type` (default 80 ms, a brisk typist). */
  msPerKey?: number;
}

export interface TestEditor {
  readonly store: EditorDocumentStore;
  readonly ui: UiStoreApi;
  /** The current definition. */
  readonly definition: ServiceDefinition;
  dispatch(command: EditorCommand, options?: DispatchOptions): boolean;
  undo(): boolean;
  redo(): boolean;
  /**
   * Types `text` at the end of string prop `prop` of `nodeId`, one
   * `updateNodeProps` per character with the input's coalesce key.
   */
  type(nodeId: string, prop: string, text: string): void;
  /** Leaves the input (blur): closes the typing group. */
  blur(): void;
  /** Lets `ms` pass on the store's clock (for idle gaps). */
  wait(ms: number): void;
  /** The node with `id` in the current definition. */
  node(id: string): FlowNode | undefined;
  /** Unbinds selection following. */
  dispose(): void;
}

/** Creates stores for `fixture` wired like the real editor (selection follows edits). */
export function createTestEditor(fixture: ServiceDefinition, options: TestEditorOptions = {}): TestEditor {
  const { msPerKey = 80, ...storeOptions } = options;
  let clock = 0;
  const store = createDocumentStore(fixture, { ...storeOptions, now: () => clock });
  const ui = createUiStore({ selectedStepId: fixture.steps[0]?.id ?? null });
  const unbind = bindSelectionToDocument(store, ui);

  return {
    store,
    ui,
    get definition() {
      return store.getState().definition;
    },
    dispatch: (command, dispatchOptions) => store.getState().dispatch(command, dispatchOptions),
    undo: () => store.getState().undo(),
    redo: () => store.getState().redo(),
    type(nodeId, prop, text) {
      const start = lookupNode(store.getState().definition, nodeId)?.props[prop];
      const before = typeof start === 'string' ? start : '';
      for (let i = 1; i <= text.length; i++) {
        clock += msPerKey;
        store.getState().dispatch(
          { name: 'updateNodeProps', args: { nodeId, props: { [prop]: before + text.slice(0, i) } } },
          { coalesceKey: propsCoalesceKey(nodeId, prop) },
        );
      }
    },
    blur: () => store.getState().commitTyping(),
    wait(ms) {
      clock += ms;
    },
    node: (id) => lookupNode(store.getState().definition, id),
    dispose: unbind,
  };
}
