/**
 * Editing a list prop as a whole (criteria, documents, closing periods…):
 * every action builds the next list and hands it to `onChange` once, so each
 * add, remove, move or edit is ONE document change (typing coalesces into
 * one undo step). After an action the focus goes where a keyboard user
 * expects it: on the moved item's same button, the new item's first input,
 * the next item after a removal.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** Marks an item's first input: focused when the item is added, or when its neighbour is removed. */
export const FOCUS_FIRST = 'data-focus-first';

export interface ItemList<T> {
  /** Put on the list's container: focus targets are looked up inside it. */
  root: RefObject<HTMLElement | null>;
  update(index: number, item: T, typing: boolean): void;
  add(item: T): void;
  remove(index: number): void;
  move(from: number, to: number): void;
}

export function useItemList<T>(items: readonly T[], onChange: (next: T[], typing: boolean) => void): ItemList<T> {
  const root = useRef<HTMLElement | null>(null);
  // CSS selectors tried in order after the next render; the first focusable one wins.
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    if (!pending.current || !root.current) return;
    const targets = pending.current;
    pending.current = null;
    for (const selector of targets) {
      const el = root.current.querySelector<HTMLElement>(selector);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  });
  const at = (i: number) => `[data-item="${i}"]`;

  const update = (index: number, item: T, typing: boolean) => {
    const next = items.slice();
    next[index] = item;
    onChange(next, typing);
  };
  const add = (item: T) => {
    pending.current = [`${at(items.length)} [${FOCUS_FIRST}]`];
    onChange([...items, item], false);
  };
  const remove = (index: number) => {
    const next = items.filter((_, j) => j !== index);
    const neighbour = Math.min(index, next.length - 1);
    pending.current = neighbour >= 0 ? [`${at(neighbour)} [${FOCUS_FIRST}]`, '[data-add]'] : ['[data-add]'];
    onChange(next, false);
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const next = items.slice();
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    // Keep pressing the same arrow; at either end the other one takes the focus.
    const same = to < from ? 'up' : 'down';
    const other = to < from ? 'down' : 'up';
    pending.current = [`${at(to)} [data-move="${same}"]`, `${at(to)} [data-move="${other}"]`];
    onChange(next, false);
  };
  return { root, update, add, remove, move };
}
