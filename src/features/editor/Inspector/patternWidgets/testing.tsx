/**
 * Test helpers of the pattern controls: the inspector opened on one node of a
 * flagship template, with the node read back from the store and a count of
 * document changes (each user action must be exactly one).
 */
import { act, screen } from '@testing-library/react';
import type { ServiceDefinition } from '../../../../model/types';
import { getNodeIndex } from '../../../../store/nodeIndex';
import { renderInEditor } from '../../testing/renderEditor';
import { Inspector } from '../Inspector';

export function openInspector(definition: ServiceDefinition, nodeId: string) {
  const editor = renderInEditor(<Inspector />, definition);
  act(() => editor.stores.ui.getState().selectNode(nodeId));
  let changes = 0;
  editor.stores.document.subscribe((state, previous) => {
    if (state.definition !== previous.definition) changes += 1;
  });
  const node = () => getNodeIndex(editor.definitionNow()).get(nodeId)!.node;
  const undo = () =>
    act(() => {
      editor.stores.document.getState().commitTyping();
      editor.stores.document.getState().undo();
    });
  return {
    ...editor,
    node,
    undo,
    /** Document changes since the inspector opened. */
    changes: () => changes,
    panel: screen.getByRole('complementary', { name: 'Proprietà' }),
  };
}
