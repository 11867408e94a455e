/** The up / down / delete buttons of one item of a pattern list, named after the item. */
import { Icon } from '../../Icon';
import { usePatternStrings } from './usePatternStrings';

interface Props {
  /** The item's name in the buttons' accessible names ("Sposta su «ISEE più basso»"). */
  name: string;
  index: number;
  count: number;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
  /** Lists that may not be reordered (closing periods) show only the delete button. */
  reorder?: boolean;
}

export function ItemActions({ name, index, count, onMove, onRemove, reorder = true }: Props) {
  const { t } = usePatternStrings();
  const button = (action: 'up' | 'down' | 'remove', icon: 'up' | 'down' | 'trash', disabled: boolean, onClick: () => void) => (
    <button
      type="button"
      className={action === 'remove' ? 'btn btn-icon btn-icon-danger' : 'btn btn-icon'}
      aria-label={t(action, { name })}
      title={t(action, { name })}
      data-move={action === 'remove' ? undefined : action}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
  return (
    <div className="pattern-item-actions">
      {reorder && button('up', 'up', index === 0, () => onMove(index, index - 1))}
      {reorder && button('down', 'down', index === count - 1, () => onMove(index, index + 1))}
      {button('remove', 'trash', false, () => onRemove(index))}
    </div>
  );
}
