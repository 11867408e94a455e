/**
 * Collision detection for the editor. With a pointer: the innermost droppable
 * under the pointer (heads beat lists, inner lists beat outer ones), nothing
 * when the pointer is outside the canvas, so that dropping there cancels.
 * With the keyboard: the droppable that stands for the current insertion
 * place, so that dnd-kit's `over` and its announcements follow the arrows.
 */
import type { ClientRect, CollisionDetection, UniqueIdentifier } from '@dnd-kit/core';
import { innermost } from './dropTarget';

export interface CollisionInputs {
  /** Droppable id standing for the keyboard place; undefined with a pointer. */
  keyboardOverId(): UniqueIdentifier | null | undefined;
  /** Keeps what the pointer-based target resolution needs. */
  remember(pointer: { x: number; y: number } | null, rects: Map<UniqueIdentifier, ClientRect>): void;
}

export function editorCollision(inputs: CollisionInputs): CollisionDetection {
  return ({ droppableContainers, droppableRects, pointerCoordinates }) => {
    const keyboard = inputs.keyboardOverId();
    if (keyboard !== undefined) {
      return keyboard !== null && droppableContainers.some((c) => c.id === keyboard) ? [{ id: keyboard }] : [];
    }
    inputs.remember(pointerCoordinates, droppableRects);
    if (!pointerCoordinates) return [];
    const entries: Array<[UniqueIdentifier, ClientRect]> = [];
    for (const container of droppableContainers) {
      const rect = droppableRects.get(container.id);
      if (rect && !container.disabled) entries.push([container.id, rect]);
    }
    const id = innermost(entries, pointerCoordinates.x, pointerCoordinates.y);
    return id === null ? [] : [{ id }];
  };
}
