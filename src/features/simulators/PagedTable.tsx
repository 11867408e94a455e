/**
 * A simulator's results table, one page at a time: the pager (and any other
 * tools) above, a horizontally scrollable table with its caption. The head
 * and body rows are the children; the page's rows come from usePage.
 */
import type { ReactNode } from 'react';
import { Pagination } from './Pagination';

interface Props {
  caption: string;
  page: number;
  pages: number;
  onPage(page: number): void;
  /** More controls beside the pager ("Vai alla soglia"). */
  tools?: ReactNode;
  children: ReactNode;
}

export function PagedTable({ caption, page, pages, onPage, tools, children }: Props) {
  return (
    <div className="sim-table-block">
      <div className="sim-table-tools">
        <Pagination page={page} pages={pages} onPage={onPage} />
        {tools}
      </div>
      <div className="sim-table-scroll">
        <table className="sim-table">
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </div>
  );
}
