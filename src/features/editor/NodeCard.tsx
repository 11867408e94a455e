/**
 * One node on the canvas. The card is the drag handle and the selection
 * target: focusing it (Tab) or clicking it selects the node; Space or Enter
 * lifts it for a keyboard move. Actions (move, duplicate, delete) appear on
 * the selected card only, which keeps the Tab order short on big services.
 *
 * This component subscribes to its own node only; the visible content is a
 * memoised child so that dnd-kit's context updates during a drag re-render
 * this thin shell, not the content.
 */
import { memo } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { isContainer } from '../../model/tree';
import { useNode } from '../../store/useDocument';
import { useIsSelected, useUiActions } from '../../store/useUi';
import { useEditorStores } from '../../store/EditorStoresProvider';
import { getNodeIndex } from '../../store/nodeIndex';
import { useEditorT, useRegistry } from './editorServices';
import { nodeDragId, type DragData } from './dnd/ids';
import { NodeSummary } from './NodeSummary';
import { NodeActions } from './NodeActions';
import { ContainerChildren } from './NodeList';
import { nodeLabel, typeLabel } from './nodeLabel';

export const NodeCard = memo(function NodeCard({ nodeId }: { nodeId: string }) {
  const t = useEditorT();
  const node = useNode(nodeId);
  const selected = useIsSelected(nodeId);
  const registry = useRegistry();
  const { document: doc } = useEditorStores();
  const { selectNode } = useUiActions();
  const data: DragData = { kind: 'node', nodeId };
  const drag = useDraggable({ id: nodeDragId(nodeId), data, attributes: { roleDescription: t('dnd.roleDescription') } });
  if (!node) return null;

  const label = nodeLabel(node, registry);
  const type = typeLabel(node.type, registry, t('language') === 'en' ? 'en' : 'it');
  const required = node.props.required === true;
  const name = [t('canvas.nodeName', { label, type }), required ? t('canvas.requiredMark') : ''].filter(Boolean).join(', ');
  const select = () => {
    if (!selected) selectNode(nodeId, getNodeIndex(doc.getState().definition).get(nodeId)?.stepId);
  };
  const container = isContainer(node);
  const className = [
    'node-card',
    selected && 'is-selected',
    drag.isDragging && 'is-dragging',
    container && 'is-container',
    !registry.has(node.type) && 'is-unknown',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li className={className}>
      <div className="node-head" data-head={nodeId}>
        <div
          ref={drag.setNodeRef}
          {...drag.attributes}
          {...drag.listeners}
          className="node-grab"
          data-node-head={nodeId}
          aria-pressed={selected}
          aria-label={name}
          onFocus={select}
          onClick={select}
        >
          <NodeSummary node={node} />
        </div>
        {selected && <NodeActions nodeId={nodeId} label={label} />}
      </div>
      {container && (
        <ContainerChildren stepId={getNodeIndex(doc.getState().definition).get(nodeId)?.stepId ?? ''} parentId={nodeId} emptyText={t('canvas.emptyContainer', { label })} />
      )}
    </li>
  );
});
