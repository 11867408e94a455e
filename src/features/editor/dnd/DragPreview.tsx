/** What follows the pointer while dragging: a compact chip with icon and name. */
import { useEditorStores } from '../../../store/EditorStoresProvider';
import { getNodeIndex } from '../../../store/nodeIndex';
import { useRegistry } from '../editorServices';
import { PathIcon, Icon } from '../Icon';
import { nodeLabel } from '../nodeLabel';
import type { DragData } from './ids';

export function DragPreview({ drag }: { drag: DragData }) {
  const registry = useRegistry();
  const { document: doc } = useEditorStores();
  const type = drag.kind === 'palette' ? drag.blockType : getNodeIndex(doc.getState().definition).get(drag.nodeId)?.node.type;
  const block = type ? registry.get(type) : undefined;
  let label = block?.label.it ?? type ?? '';
  if (drag.kind === 'node') {
    const node = getNodeIndex(doc.getState().definition).get(drag.nodeId)?.node;
    if (node) label = nodeLabel(node, registry);
  }
  return (
    <div className="drag-preview" aria-hidden="true">
      {block ? <PathIcon d={block.icon} /> : <Icon name="block" />}
      <span>{label}</span>
    </div>
  );
}
