/**
 * Keyboard dragging by insertion positions. dnd-kit's own KeyboardSensor
 * moves the dragged item by pixels and scrolls its scroll containers; here
 * the arrows move through the places a block can go (`keyboardSlots.ts`),
 * which is what a screen-reader user can follow and what the insertion line
 * shows. Keys: Space or Enter lifts (on a palette item only Space: Enter
 * there inserts at once), ↑/↓ move, Home/End jump to the first/last place,
 * Space, Enter or Tab drop, Escape cancels.
 */
import type { Activators, DraggableNode, SensorInstance, SensorProps } from '@dnd-kit/core';

export interface SlotKeyboardOptions {
  /** Moves the current place by `delta` (±1, or ±Infinity for Home/End); returns whether it moved. */
  move(delta: number): boolean;
}

const START = ['Space', 'Enter'];
const END = ['Space', 'Enter', 'Tab'];
const CANCEL = ['Escape'];
const MOVES: Record<string, number> = {
  ArrowDown: 1,
  ArrowUp: -1,
  ArrowRight: 1,
  ArrowLeft: -1,
  End: Infinity,
  Home: -Infinity,
};

const startsOn = (code: string, active: DraggableNode): boolean => {
  const kind = (active.data.current as { kind?: string } | undefined)?.kind;
  return kind === 'palette' ? code === 'Space' : START.includes(code);
};

export class SlotKeyboardSensor implements SensorInstance {
  autoScrollEnabled = false;
  private readonly props: SensorProps<SlotKeyboardOptions>;
  private readonly doc: Document;
  private readonly win: Window;
  /** Each move changes the reported coordinates so dnd-kit re-runs collision detection. */
  private moves = 0;

  constructor(props: SensorProps<SlotKeyboardOptions>) {
    this.props = props;
    const target = props.event.target as Node | null;
    this.doc = target?.ownerDocument ?? document;
    this.win = this.doc.defaultView ?? window;
    this.onKeyDown = this.onKeyDown.bind(this);
    this.onCancel = this.onCancel.bind(this);
    props.onStart({ x: 0, y: 0 });
    this.win.addEventListener('resize', this.onCancel);
    this.doc.addEventListener('visibilitychange', this.onCancel);
    // Listen at once (keys typed right after the lift must not be lost), but
    // not to the lifting key press itself, still on its way to the document.
    this.doc.addEventListener('keydown', this.onKeyDown);
  }

  static activators: Activators<SlotKeyboardOptions> = [
    {
      eventName: 'onKeyDown',
      handler: (event: React.KeyboardEvent, _options, { active }) => {
        const code = event.nativeEvent.code;
        if (!startsOn(code, active)) return false;
        const activator = active.activatorNode.current;
        if (activator && event.target !== activator) return false;
        event.preventDefault();
        return true;
      },
    },
  ];

  private onKeyDown(event: KeyboardEvent) {
    if (event === this.props.event) return;
    const { code } = event;
    if (END.includes(code)) {
      event.preventDefault();
      this.detach();
      this.props.onEnd();
      return;
    }
    if (CANCEL.includes(code)) {
      event.preventDefault();
      this.detach();
      this.props.onCancel();
      return;
    }
    const delta = MOVES[code];
    if (delta === undefined) return;
    event.preventDefault();
    if (this.props.options.move(delta)) {
      this.moves += 1;
      this.props.onMove({ x: 0, y: this.moves });
    }
  }

  private onCancel() {
    this.detach();
    this.props.onCancel();
  }

  private detach() {
    this.doc.removeEventListener('keydown', this.onKeyDown);
    this.win.removeEventListener('resize', this.onCancel);
    this.doc.removeEventListener('visibilitychange', this.onCancel);
  }
}
