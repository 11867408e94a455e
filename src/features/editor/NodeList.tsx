/**
 * One list of nodes on the canvas: a step's top level or a container's
 * children. It re-renders only when its own children ids change or when the
 * insertion line moves within it; the cards themselves are memoised.
 */
import { memo, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { shallow } from 'zustand/shallow';
import { useDefinition } from '../../store/useDocument';
import { siblingsOf } from '../../store/nodeIndex';
import { useDropIndexIn } from './editorServices';
import { listData, listDropId } from './dnd/ids';
import { NodeCard } from './NodeCard';

const NO_IDS: readonly string[] = [];

interface Props {
  stepId: string;
  parentId: string | null;
  /** Text shown when the list is empty. */
  emptyText: string;
}

/** The cards of one list, with the insertion line where a drop would land. */
export const NodeList = memo(function NodeList({ stepId, parentId, emptyText }: Props) {
  const ids = useDefinition((d) => siblingsOf(d, stepId, parentId)?.map((n) => n.id) ?? NO_IDS, shallow);
  const dropIndex = useDropIndexIn(stepId, parentId);
  const items: ReactNode[] = ids.map((id) => <NodeCard key={id} nodeId={id} />);
  if (dropIndex >= 0 && ids.length > 0) items.splice(dropIndex, 0, <li key="drop-line" className="drop-line" aria-hidden="true" />);
  return (
    <ol className={parentId === null ? 'node-list node-list-step' : 'node-list node-list-nested'}>
      {ids.length === 0 ? (
        <li className={dropIndex === 0 ? 'node-list-empty is-target' : 'node-list-empty'}>{emptyText}</li>
      ) : (
        items
      )}
    </ol>
  );
});

/** A container's children: the list plus its own drop zone. */
export const ContainerChildren = memo(function ContainerChildren({ stepId, parentId, emptyText }: Props & { parentId: string }) {
  const id = listDropId(stepId, parentId);
  const { setNodeRef } = useDroppable({ id, data: listData(stepId, parentId) });
  return (
    <div ref={setNodeRef} data-drop-id={id} className="node-children">
      <NodeList stepId={stepId} parentId={parentId} emptyText={emptyText} />
    </div>
  );
});
