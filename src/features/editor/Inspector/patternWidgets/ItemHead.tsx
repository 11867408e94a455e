/**
 * The head of one item of a numbered pattern list (criteria, tie-breakers,
 * documents): its number, the label of its first control, and — unless the
 * service is read-only — the move and delete buttons named after the item.
 */
import { ItemActions } from './ItemActions';

interface Props {
  index: number;
  count: number;
  /** id of the control the head's label names. */
  htmlFor: string;
  /** Text of that label ("Nome del criterio 2"). */
  title: string;
  /** The item's name in the buttons' accessible names. */
  name: string;
  readOnly: boolean;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

export function ItemHead({ index, count, htmlFor, title, name, readOnly, onMove, onRemove }: Props) {
  return (
    <div className="pattern-item-head">
      <span className="pattern-item-number" aria-hidden="true">
        {index + 1}
      </span>
      <label htmlFor={htmlFor}>{title}</label>
      {!readOnly && <ItemActions name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />}
    </div>
  );
}
