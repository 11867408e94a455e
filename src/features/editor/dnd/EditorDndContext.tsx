/**
 * Drag and drop on the editor. dnd-kit only reports where things are; this
 * component turns that into an insertion position (shown as a line by the
 * lists) and, on drop, into exactly ONE dispatch: one drag, one undo step.
 * Nothing in the document changes while dragging, so a cancelled drag
 * (Escape, or a drop outside the canvas) leaves no trace.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type ClientRect,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { useEditorStores } from '../../../store/EditorStoresProvider';
import { siblingsOf } from '../../../store/nodeIndex';
import { useEditorServices } from '../editorServices';
import { useEditorActions } from '../editorActions';
import { editorCollision } from './collision';
import { describeTarget, dragLabel } from './describe';
import { resolveDrop, sameTarget, type DropData, type DropTarget } from './dropTarget';
import { measureHeads } from './measureHeads';
import { listDropId, type DragData } from './ids';
import { insertionPointAfterSelection, insertionSlots, slotOfNode, stepSlot } from './keyboardSlots';
import { SlotKeyboardSensor } from './SlotKeyboardSensor';
import { DragPreview } from './DragPreview';

interface Session {
  drag: DragData;
  keyboard: boolean;
  slots: DropTarget[];
  /** Keyboard: the current insertion place. */
  slot: DropTarget | null;
  pointer: { x: number; y: number } | null;
  /** Where it would land now (both modes). */
  target: DropTarget | null;
  /** The place last announced, so that a place is not announced twice in a row. */
  spoken: DropTarget | null;
  /** What to say once the drag is over (computed before the document changes). */
  outcome: string;
}

export function EditorDndContext({ children }: { children: ReactNode }) {
  const { t } = useTranslation('editor');
  const { document: doc, ui } = useEditorStores();
  const services = useEditorServices();
  const actions = useEditorActions();
  const session = useRef<Session | null>(null);
  const [overlay, setOverlay] = useState<{ drag: DragData; keyboard: boolean } | null>(null);

  const def = () => doc.getState().definition;
  const setTarget = (target: DropTarget | null) => {
    const s = session.current;
    if (s) s.target = target;
    if (!sameTarget(services.drag.getState().target, target)) services.drag.setState({ target });
  };

  /** Shows a keyboard place: the card it comes before, or the end of its list. */
  const revealSlot = (slot: DropTarget) => {
    const list = siblingsOf(def(), slot.stepId, slot.parentId);
    if (!list) return;
    const selector =
      slot.index < list.length
        ? `[data-head="${CSS.escape(list[slot.index].id)}"]`
        : `[data-drop-id="${CSS.escape(listDropId(slot.stepId, slot.parentId))}"]`;
    document.querySelector(selector)?.scrollIntoView({ block: 'nearest' });
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(SlotKeyboardSensor, {
      move(delta: number) {
        const s = session.current;
        if (!s?.keyboard || !s.slot) return false;
        const next = stepSlot(s.slots, s.slot, delta);
        if (sameTarget(next, s.slot)) return false;
        s.slot = next;
        setTarget(next);
        revealSlot(next);
        return true;
      },
    }),
  );

  const collisionDetection = useMemo(
    () =>
      editorCollision({
        keyboard: () => session.current?.keyboard === true,
        remember: (pointer) => {
          if (session.current) session.current.pointer = pointer;
        },
      }),
    [],
  );

  const pointerTarget = (over: Over | null): DropTarget | null => {
    const s = session.current;
    if (!s || !over || !s.pointer) return null;
    const data = (over.data.current as DropData | undefined) ?? null;
    const heads = data ? measureHeads(data) : new Map<string, ClientRect>();
    return resolveDrop(def(), data, s.pointer.y, (nodeId) => heads.get(nodeId) ?? null, s.drag.kind === 'node' ? s.drag.nodeId : null);
  };

  const where = () => {
    const s = session.current;
    return s ? describeTarget(t, def(), services.registry, s.drag, s.target) : '';
  };

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const drag = active.data.current as DragData;
    const keyboard = activatorEvent instanceof KeyboardEvent;
    const d = def();
    const { selectedNodeId, selectedStepId } = ui.getState();
    doc.getState().commitTyping();
    const slot = !keyboard
      ? null
      : drag.kind === 'node'
        ? slotOfNode(d, drag.nodeId)
        : insertionPointAfterSelection(d, selectedNodeId, selectedStepId);
    session.current = {
      drag,
      keyboard,
      slots: keyboard ? insertionSlots(d, drag.kind === 'node' ? drag.nodeId : null) : [],
      slot,
      pointer: null,
      target: null,
      spoken: slot,
      outcome: '',
    };
    setTarget(slot);
    ui.getState().startDrag(drag.kind === 'node' ? { kind: 'node', nodeId: drag.nodeId } : drag);
    setOverlay({ drag, keyboard });
  };

  const onDragMove = ({ over }: DragMoveEvent) => {
    const s = session.current;
    if (s && !s.keyboard) setTarget(pointerTarget(over));
  };

  const finish = () => {
    services.drag.setState({ target: null, endedAt: Date.now() });
    ui.getState().endDrag();
    setOverlay(null);
  };

  const onDragEnd = ({ over }: DragEndEvent) => {
    const s = session.current;
    if (!s) return finish();
    const target = s.keyboard ? s.slot : pointerTarget(over);
    s.target = target;
    const label = dragLabel(def(), services.registry, s.drag);
    if (!target) {
      s.outcome = t('dnd.droppedNowhere');
    } else if (s.drag.kind === 'palette') {
      s.outcome = t('dnd.droppedPalette', { label, where: where() });
      actions.insertBlock(s.drag.blockType, target);
    } else {
      s.outcome = t('dnd.droppedNode', { label, where: where() });
      actions.moveNodeTo(s.drag.nodeId, target);
    }
    finish();
  };

  const onDragCancel = () => {
    const s = session.current;
    if (s) {
      const label = dragLabel(def(), services.registry, s.drag);
      s.outcome = s.drag.kind === 'node' ? t('dnd.cancelled', { label }) : t('dnd.cancelledPalette');
    }
    finish();
  };

  /** Each new place is announced once, whether reached by arrows or by the pointer. */
  const announceMove = () => {
    const s = session.current;
    if (!s || sameTarget(s.target, s.spoken)) return undefined;
    s.spoken = s.target;
    return where();
  };

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: () => {
        const s = session.current;
        if (!s) return undefined;
        const label = dragLabel(def(), services.registry, s.drag);
        const key = s.drag.kind === 'node' ? 'dnd.pickedUpNode' : 'dnd.pickedUpPalette';
        return t(key, { label, where: s.keyboard ? where() : '' }).trim();
      },
      onDragMove: announceMove,
      onDragOver: () => undefined,
      onDragEnd: () => session.current?.outcome,
      onDragCancel: () => session.current?.outcome,
    }),
    [t],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      // Scroll only very close to the edges: the default (20 %) scrolls away under a calm pointer.
      autoScroll={{ threshold: { x: 0, y: 0.08 }, acceleration: 8 }}
      measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {overlay && !overlay.keyboard ? <DragPreview drag={overlay.drag} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
