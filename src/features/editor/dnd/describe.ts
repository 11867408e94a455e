/**
 * Words for screen readers: where a drop would land ("Posizione 3 di 5 nel
 * passo «Dati del richiedente»"), counted as the list will be after the drop.
 */
import type { TFunction } from 'i18next';
import type { BlockRegistry } from '../../../blocks/registry';
import type { ServiceDefinition } from '../../../model/types';
import { getNodeIndex, siblingsOf } from '../../../store/nodeIndex';
import { nodeLabel } from '../nodeLabel';
import { moveDestination, type DropTarget } from './dropTarget';
import type { DragData } from './ids';

export function describeTarget(
  t: TFunction,
  definition: ServiceDefinition,
  registry: BlockRegistry,
  drag: DragData,
  target: DropTarget | null,
): string {
  if (!target) return t('dnd.nowhere');
  const list = siblingsOf(definition, target.stepId, target.parentId) ?? [];
  let position = target.index + 1;
  let total = list.length + 1;
  if (drag.kind === 'node') {
    const from = getNodeIndex(definition).get(drag.nodeId);
    const sameList = from && from.stepId === target.stepId && from.parentId === target.parentId;
    if (sameList) {
      total = list.length;
      position = (moveDestination(definition, drag.nodeId, target)?.index ?? from.index) + 1;
    }
  }
  const step = definition.steps.find((s) => s.id === target.stepId)?.title ?? '';
  if (target.parentId === null) return t('dnd.positionInStep', { position, total, step });
  const parent = getNodeIndex(definition).get(target.parentId)?.node;
  const container = parent ? nodeLabel(parent, registry) : '';
  return t('dnd.positionInContainer', { position, total, container, step });
}

/** The name of what is dragged: the node's label, or the palette type's label. */
export function dragLabel(definition: ServiceDefinition, registry: BlockRegistry, drag: DragData): string {
  if (drag.kind === 'palette') return registry.get(drag.blockType)?.label.it ?? drag.blockType;
  const node = getNodeIndex(definition).get(drag.nodeId)?.node;
  return node ? nodeLabel(node, registry) : '';
}
