/**
 * One polite message after an action ("Creata la copia …", "Spostato nel
 * cestino" with "Annulla"). The live region is always in the page, so screen
 * readers announce a message when it appears.
 */
import { useCallback, useEffect, useState } from 'react';

export interface FlashMessage {
  text: string;
  tone?: 'success' | 'error';
  /** An optional follow-up button, e.g. undo. */
  action?: { label: string; run(): void };
}

/** Holds the current message; it fades after `ms` unless it has an action (which stays until replaced). */
export function useFlash(ms = 8000) {
  const [message, setMessage] = useState<(FlashMessage & { seq: number }) | null>(null);
  const show = useCallback((next: FlashMessage) => setMessage((prev) => ({ ...next, seq: (prev?.seq ?? 0) + 1 })), []);
  const clear = useCallback(() => setMessage(null), []);
  useEffect(() => {
    if (!message || message.action) return;
    const timer = setTimeout(() => setMessage(null), ms);
    return () => clearTimeout(timer);
  }, [message, ms]);
  return { message, show, clear };
}

export function FlashRegion({ message, onDismiss, dismissLabel }: { message: FlashMessage | null; onDismiss(): void; dismissLabel: string }) {
  return (
    <div role="status" aria-live="polite" className="flash-region">
      {message && (
        <div className={`flash flash-${message.tone ?? 'success'}`}>
          <span>{message.text}</span>
          {message.action && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                message.action?.run();
              }}
            >
              {message.action.label}
            </button>
          )}
          <button type="button" className="btn btn-icon btn-small flash-dismiss" onClick={onDismiss} aria-label={dismissLabel}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
