/**
 * Page controls for long tables: 10,000 rows are shown 50 at a time, so the
 * page stays light and a screen reader's table navigation stays usable.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Rows per page of the simulators' tables. */
export const PAGE_SIZE = 50;

export interface PaginationProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pages, onPage }: PaginationProps) {
  const { t } = useTranslation('simulators');
  const id = useId();
  const [draft, setDraft] = useState(String(page));
  useEffect(() => setDraft(String(page)), [page]);
  if (pages <= 1) return null;

  const go = (p: number) => onPage(Math.min(pages, Math.max(1, p)));
  const commit = () => {
    const n = Number(draft);
    if (Number.isInteger(n)) go(n);
    else setDraft(String(page));
  };
  return (
    <nav className="sim-pagination" aria-label={t('pagination.label')}>
      <button type="button" className="btn btn-small" onClick={() => go(1)} disabled={page === 1} aria-label={t('pagination.first')}>
        «
      </button>
      <button type="button" className="btn btn-small" onClick={() => go(page - 1)} disabled={page === 1} aria-label={t('pagination.previous')}>
        ‹
      </button>
      <label htmlFor={`${id}-page`}>{t('pagination.page')}</label>
      <input
        id={`${id}-page`}
        className="input sim-page-input"
        type="number"
        min={1}
        max={pages}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <span>{t('pagination.of', { pages })}</span>
      <button type="button" className="btn btn-small" onClick={() => go(page + 1)} disabled={page === pages} aria-label={t('pagination.next')}>
        ›
      </button>
      <button type="button" className="btn btn-small" onClick={() => go(pages)} disabled={page === pages} aria-label={t('pagination.last')}>
        »
      </button>
    </nav>
  );
}

/** Page state over `total` rows; goes back to page 1 when the rows change. */
export function usePage(total: number, resetKey: unknown) {
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [resetKey]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages);
  const from = (current - 1) * PAGE_SIZE;
  return { page: current, pages, setPage, from, to: Math.min(total, from + PAGE_SIZE) };
}
