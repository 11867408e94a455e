/** The catalogue as React state: loads, seeds the templates on first start, and reloads after every action. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultRegistry } from '../../../blocks/registry';
import { serviceRepository } from './catalogServices';
import { loadCatalog, type CatalogSnapshot } from './loadCatalog';
import { seedOnce } from './seedOnce';

export type CatalogState =
  | { status: 'loading' }
  | ({ status: 'ready' } & CatalogSnapshot)
  | { status: 'error'; message: string };

export function useCatalog(): { state: CatalogState; reload(): Promise<void> } {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const alive = useRef(true);
  // Each load gets a number; a slow earlier load never overwrites a later one.
  const latest = useRef(0);
  // Until first-start seeding is over, an empty catalogue is not yet the truth.
  const seeded = useRef(false);

  const reload = useCallback(async () => {
    const seq = ++latest.current;
    try {
      const snapshot = await loadCatalog(serviceRepository, defaultRegistry);
      const empty = snapshot.entries.length === 0 && snapshot.broken.length === 0;
      if (!seeded.current && empty) return;
      if (alive.current && seq === latest.current) setState({ status: 'ready', ...snapshot });
    } catch (error) {
      if (alive.current && seq === latest.current) {
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }, []);

  useEffect(() => {
    alive.current = true;
    // Show what is stored at once; seeding (first start) adds the templates and reloads.
    void reload();
    void seedOnce().then(() => {
      seeded.current = true;
      return reload();
    });
    return () => {
      alive.current = false;
    };
  }, [reload]);

  return { state, reload };
}
