/**
 * Saves pending edits before the app navigates away from this service's
 * screens (to the catalogue, the editor …): the next screen reads the service
 * from IndexedDB and must find the latest version, not one from a second ago.
 * Moving between the card's own tabs shares the store and needs no flush.
 */
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import type { Autosave } from '../../../persistence/autosave';

export function useFlushBeforeLeaving(autosave: Autosave | null, isInside: (pathname: string) => boolean): void {
  const blocker = useBlocker(
    ({ nextLocation }) => autosave !== null && autosave.pending && !isInside(nextLocation.pathname),
  );
  useEffect(() => {
    if (blocker.state !== 'blocked' || !autosave) return;
    // A failed write still lets the user go: the retry keeps the change pending in memory only
    // until the store closes, which flushes once more (stop()).
    void autosave.flush().catch(() => {}).finally(() => blocker.proceed());
  }, [blocker, autosave]);
}
