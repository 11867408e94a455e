/**
 * The frame of a pattern's list control (criteria, tie-breakers, documents,
 * closing periods): a fieldset named by the prop, its hint, what an empty
 * list means, the numbered items, and the add button while there is room.
 * The items (`<li className="pattern-item">`) are the children.
 */
import type { ReactNode, RefObject } from 'react';
import { Icon } from '../../Icon';

interface Props {
  label: string;
  description?: string;
  /** useItemList's root: where it looks for the control to focus after an add, move or delete. */
  root: RefObject<HTMLElement | null>;
  /** Shown instead of items when there are none. */
  emptyText: string;
  count: number;
  /** The schema's maxItems: the add button goes away when the list is full. */
  maxItems?: number;
  readOnly: boolean;
  addLabel: string;
  onAdd(): void;
  children: ReactNode;
}

export function PatternList({ label, description, root, emptyText, count, maxItems = Infinity, readOnly, addLabel, onAdd, children }: Props) {
  return (
    <fieldset className="field-group pattern-list" ref={(el) => void (root.current = el)}>
      <legend>{label}</legend>
      {description && <p className="field-hint">{description}</p>}
      {count === 0 && <p className="field-hint">{emptyText}</p>}
      <ol className="pattern-items">{children}</ol>
      {!readOnly && count < maxItems && (
        <button type="button" className="btn btn-small" data-add onClick={onAdd}>
          <Icon name="plus" />
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
