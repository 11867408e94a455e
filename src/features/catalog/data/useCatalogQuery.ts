/**
 * The catalogue's search, filters and sort live in the address (?q=&stato=…):
 * a filtered view survives opening a service and coming back, and can be
 * bookmarked or shared with a colleague.
 */
import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { AvailabilityState } from '../../../runtime/schedule';
import { AVAILABILITY_ORDER, EMPTY_QUERY, SORT_KEYS, type CatalogQuery, type SortKey } from '../model/catalogQuery';

const PARAM: Record<keyof CatalogQuery, string> = {
  text: 'q',
  status: 'stato',
  category: 'categoria',
  pattern: 'mattoncino',
  sort: 'ordine',
};

export function useCatalogQuery(): [CatalogQuery, (changes: Partial<CatalogQuery>) => void] {
  const [params, setParams] = useSearchParams();
  // React Router hands a functional update the params of the last render, so
  // two changes in quick succession would lose the first; keep the latest here.
  const latest = useRef(params);
  latest.current = params;
  const query = useMemo<CatalogQuery>(() => {
    const status = params.get(PARAM.status) ?? '';
    const sort = params.get(PARAM.sort) ?? '';
    return {
      text: params.get(PARAM.text) ?? '',
      status: (AVAILABILITY_ORDER as readonly string[]).includes(status) ? (status as AvailabilityState) : '',
      category: params.get(PARAM.category) ?? '',
      pattern: params.get(PARAM.pattern) ?? '',
      sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : EMPTY_QUERY.sort,
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<CatalogQuery>) => {
      const next = new URLSearchParams(latest.current);
      for (const [key, value] of Object.entries(changes) as [keyof CatalogQuery, string][]) {
        if (value === '' || value === EMPTY_QUERY[key]) next.delete(PARAM[key]);
        else next.set(PARAM[key], value);
      }
      latest.current = next;
      // Typing a search must not fill the back button with one entry per key.
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [query, update];
}
