/**
 * The current instant for the preview, refreshed every 30 seconds while it
 * is live, so that a service opening at 09:00 opens in the preview too.
 * Frozen when the official picks a date ("as of").
 */
import { useEffect, useState } from 'react';

export function useLiveNow(asOf: Date | null, intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (asOf) return;
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [asOf, intervalMs]);
  return asOf ?? now;
}
