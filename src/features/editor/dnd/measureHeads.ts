/**
 * Where the cards of one list are on screen, read from the DOM while
 * dragging (cards are not droppables, see `dropTarget.ts`). Only the list
 * under the pointer is measured; nothing moves during a drag except by
 * scrolling, and reading rectangles of an unchanged layout is cheap.
 */
import type { ClientRect } from '@dnd-kit/core';
import { listDropId } from './ids';
import type { DropData } from './dropTarget';

export function measureHeads(list: DropData): Map<string, ClientRect> {
  const out = new Map<string, ClientRect>();
  const zone = document.querySelector(`[data-drop-id="${CSS.escape(listDropId(list.stepId, list.parentId))}"]`);
  const ol = zone?.querySelector(':scope > .node-list');
  if (!ol) return out;
  for (const li of Array.from(ol.children)) {
    const head = li.firstElementChild as HTMLElement | null;
    const id = head?.dataset.head;
    if (!head || !id) continue;
    const r = head.getBoundingClientRect();
    out.set(id, { top: r.top, left: r.left, width: r.width, height: r.height, right: r.right, bottom: r.bottom });
  }
  return out;
}
