/**
 * A calendar date (`YYYY-MM-DD`) with the browser's date control. Chromium
 * reports "" while a date is half typed: that must not be written back over
 * what the official is typing, so the control keeps its own text and only a
 * complete date reaches the document; an incomplete one is said on leaving.
 */
import { useEffect, useState } from 'react';
import { FOCUS_FIRST } from './useItemList';
import { usePatternStrings } from './usePatternStrings';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  id: string;
  value: string;
  readOnly: boolean;
  /** Id of a problem of the period this date belongs to. */
  errorId?: string;
  /** The item's first input: focused when the item is added (see useItemList). */
  focusFirst?: boolean;
  onChange(date: string): void;
  onCommit(): void;
}

export function DateInput({ id, value, readOnly, errorId, focusFirst, onChange, onCommit }: Props) {
  const { t } = usePatternStrings();
  const [draft, setDraft] = useState(value);
  const [left, setLeft] = useState(false);
  useEffect(() => setDraft(value), [value]);
  const bad = left && !ISO_DATE.test(draft);
  const badId = `${id}-bad`;
  const describedBy = [bad ? badId : '', errorId ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        id={id}
        type="date"
        value={draft}
        readOnly={readOnly}
        aria-invalid={bad || errorId ? true : undefined}
        aria-describedby={describedBy}
        {...(focusFirst ? { [FOCUS_FIRST]: '' } : {})}
        onChange={(e) => {
          setDraft(e.target.value);
          setLeft(false);
          if (ISO_DATE.test(e.target.value) && e.target.value !== value) onChange(e.target.value);
        }}
        onBlur={() => {
          setLeft(true);
          onCommit();
        }}
      />
      {bad && (
        <span className="field-error" id={badId}>
          {t('closures.badDate')}
        </span>
      )}
    </>
  );
}
