/**
 * The name of a pattern list item as a two-line text area (criteria and
 * documents have long names), with its problem under it. It gets focus when
 * the item is added; its label is the item's head (see ItemHead).
 */
import { FOCUS_FIRST } from './useItemList';

interface Props {
  id: string;
  value: string;
  /** Shown under the field and announced with it; null when the name is fine. */
  error: string | null;
  readOnly: boolean;
  /** Called at each keystroke; the edit is committed on blur (onCommit). */
  onChange(value: string): void;
  onCommit(): void;
}

export function ItemLabelField({ id, value, error, readOnly, onChange, onCommit }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <textarea
        id={id}
        rows={2}
        value={value}
        readOnly={readOnly}
        maxLength={300}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...{ [FOCUS_FIRST]: '' }}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onCommit}
      />
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
