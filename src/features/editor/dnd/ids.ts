/** Ids of draggables and droppables on the editor, and the data they carry. */
import type { DropData } from './dropTarget';

/** What is being dragged: a new block from the palette or an existing node. */
export type DragData = { kind: 'palette'; blockType: string } | { kind: 'node'; nodeId: string };

export const paletteDragId = (blockType: string) => `palette:${blockType}`;
export const nodeDragId = (nodeId: string) => `node:${nodeId}`;
export const listDropId = (stepId: string, parentId: string | null) => `list:${stepId}:${parentId ?? ''}`;

export const listData = (stepId: string, parentId: string | null): DropData => ({ kind: 'list', stepId, parentId });
