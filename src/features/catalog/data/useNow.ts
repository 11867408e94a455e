/**
 * "Now" as React state, refreshed exactly when a shown status changes by
 * itself and otherwise every minute (see `refreshDelay`), so that badges and
 * relative times stay true without polling faster than needed.
 */
import { useEffect, useState } from 'react';
import type { SchedulableService } from '../../../runtime/schedule';
import { refreshDelay } from '../model/refreshDelay';

export function useNow(services: readonly SchedulableService[]): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setTimeout(() => setNow(new Date()), refreshDelay(services, now));
    return () => clearTimeout(timer);
  }, [services, now]);
  return now;
}
