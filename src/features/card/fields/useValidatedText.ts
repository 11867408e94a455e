/**
 * Typing into a field whose value must stay valid in the saved service.
 * A valid value goes to the store at once (one undo step per field, thanks to
 * the coalesce key); an invalid one (empty required title, too long) stays in
 * the field as a draft with its error, and is never dispatched: the service
 * keeps its last valid value, which is what autosave writes.
 */
import { useEffect, useState } from 'react';

export interface ValidatedText {
  shown: string;
  /** The problem with the draft; null when what is shown is what is saved. */
  error: string | null;
  onChange(value: string): void;
}

export function useValidatedText(value: string, check: (value: string) => string | null, commit: (value: string) => void): ValidatedText {
  const [draft, setDraft] = useState<string | null>(null);
  // The saved value changed under us (undo, redo, another tab): show it.
  useEffect(() => setDraft(null), [value]);
  return {
    shown: draft ?? value,
    error: draft === null ? null : check(draft),
    onChange(next) {
      if (check(next) === null) {
        setDraft(null);
        commit(next);
      } else {
        setDraft(next);
      }
    },
  };
}
