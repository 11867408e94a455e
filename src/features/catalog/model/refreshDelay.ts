/**
 * When the catalogue must look again at "now": at the next instant a shown
 * status changes by itself (`nextChange`: a window opens or closes), and at
 * least every minute for the relative times ("3 minuti fa").
 */
import { nextChange, type SchedulableService } from '../../../runtime/schedule';

export const MAX_REFRESH_MS = 60_000;

/** Milliseconds from `now` to the next refresh, just past the boundary (never negative). */
export function refreshDelay(services: readonly SchedulableService[], now: Date): number {
  let wait = MAX_REFRESH_MS;
  for (const service of services) {
    const at = nextChange(service, now);
    if (at) wait = Math.min(wait, at.getTime() - now.getTime());
  }
  // +1 ms: at `closesAt` itself the window is already closed; be just past it.
  return Math.max(0, wait) + 1;
}
