/** The catalogue as React state: seeds on first start, loads, and reloads after every action. */
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

  const reload = useCallback(async () => {
    const seq = ++latest.current;
    try {
      const snapshot = await loadCatalog(serviceRepository, defaultRegistry);
      if (alive.current && seq === latest.current) setState({ status: 'ready', ...snapshot });
    } catch (error) {
      if (alive.current && seq === latest.current) {
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }, []);

  useEffect(() => {
    alive.current = true;
    void seedOnce().then(reload);
    return () => {
      alive.current = false;
    };
  }, [reload]);

  return { state, reload };
}
