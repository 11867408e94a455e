/**
 * Collision detection for the editor. With a pointer: the innermost list
 * under the pointer (a container's children beat its step), nothing when the
 * pointer is outside the canvas, so that dropping there cancels. With the
 * keyboard: nothing — the place comes from the arrows (`keyboardSlots.ts`).
 */
import type { ClientRect, CollisionDetection, UniqueIdentifier } from '@dnd-kit/core';
import { innermost } from './dropTarget';

export interface CollisionInputs {
  /** Whether the current drag is a keyboard one. */
  keyboard(): boolean;
  /** Keeps the pointer for the target resolution. */
  remember(pointer: { x: number; y: number } | null): void;
}

export function editorCollision(inputs: CollisionInputs): CollisionDetection {
  // The same array while the answer does not change, so dnd-kit's context stays put.
  let last: Array<{ id: UniqueIdentifier }> = [];
  const answer = (id: UniqueIdentifier | null) => {
    if (id === null) return last.length === 0 ? last : (last = []);
    return last.length === 1 && last[0].id === id ? last : (last = [{ id }]);
  };
  return ({ droppableContainers, droppableRects, pointerCoordinates }) => {
    if (inputs.keyboard()) return answer(null);
    inputs.remember(pointerCoordinates);
    if (!pointerCoordinates) return answer(null);
    const entries: Array<[UniqueIdentifier, ClientRect]> = [];
    for (const container of droppableContainers) {
      const rect = droppableRects.get(container.id);
      if (rect && !container.disabled) entries.push([container.id, rect]);
    }
    return answer(innermost(entries, pointerCoordinates.x, pointerCoordinates.y));
  };
}
