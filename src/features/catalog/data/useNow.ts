/**
 * "Now", refreshed exactly when a shown status changes by itself (a window
 * opens or closes: `nextChange`) and otherwise every minute, so that badges
 * and relative times stay true without polling faster than needed.
 */
import { useEffect, useState } from 'react';
import { nextChange, type SchedulableService } from '../../../runtime/schedule';

const MINUTE = 60_000;

export function useNow(services: readonly SchedulableService[]): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let wait = MINUTE;
    for (const service of services) {
      const at = nextChange(service, now);
      if (at) wait = Math.min(wait, at.getTime() - now.getTime());
    }
    // +1 ms: at `closesAt` itself the window is already closed; be just past it.
    const timer = setTimeout(() => setNow(new Date()), Math.max(0, wait) + 1);
    return () => clearTimeout(timer);
  }, [services, now]);
  return now;
}
