/**
 * An "HH:MM" time typed as text: compact enough for two per line in the
 * inspector, the same 24-hour format on every browser. What is typed stays on
 * screen; only a complete, valid time reaches the document (so "8:3" on the
 * way to "8:30" is never stored), and a wrong one is said when leaving.
 */
import { useEffect, useState } from 'react';
import { parseTime } from './openingHours';
import { usePatternStrings } from './usePatternStrings';

interface Props {
  id: string;
  /** Accessible name ("Martedì, fascia 1: dalle"). */
  label: string;
  value: string;
  readOnly: boolean;
  /** Problem of the range this time belongs to, if any (described by `errorId`). */
  errorId?: string;
  onChange(time: string): void;
  onCommit(): void;
}

export function TimeInput({ id, label, value, readOnly, errorId, onChange, onCommit }: Props) {
  const { t } = usePatternStrings();
  const [draft, setDraft] = useState(value);
  const [left, setLeft] = useState(false);
  // Undo, redo or another control changed the stored time: show it.
  useEffect(() => {
    setDraft((d) => (parseTime(d) === value ? d : value));
  }, [value]);
  const bad = left && parseTime(draft) === undefined;
  const badId = `${id}-bad`;
  const describedBy = [bad ? badId : '', errorId ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <span className="time-input">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="hh:mm"
        size={5}
        maxLength={5}
        aria-label={label}
        aria-invalid={bad || errorId ? true : undefined}
        aria-describedby={describedBy}
        value={draft}
        readOnly={readOnly}
        onChange={(e) => {
          setDraft(e.target.value);
          setLeft(false);
          const time = parseTime(e.target.value);
          if (time !== undefined && time !== value) onChange(time);
        }}
        onBlur={() => {
          const time = parseTime(draft);
          if (time !== undefined) setDraft(time); // "8.30" reads back as "08:30"
          setLeft(true);
          onCommit();
        }}
      />
      {bad && (
        <span className="field-error time-input-error" id={badId}>
          {t('hours.badTime')}
        </span>
      )}
    </span>
  );
}
