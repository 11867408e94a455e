/**
 * The simulated ranking, 50 rows a page: position, application, total, points
 * per criterion, outcome. A real table (caption, column and row headers) so
 * that screen readers can move by cell.
 */
import { useTranslation } from 'react-i18next';
import type { RankedApplicant } from '../../runtime';
import { rankingOutcome } from './outcomes';
import { PagedTable } from './PagedTable';
import { PAGE_SIZE, usePage } from './Pagination';
import { useFormat } from './useFormat';

export interface RankingTableProps {
  ranked: RankedApplicant[];
  waitingListSize: number;
}

export function RankingTable({ ranked, waitingListSize }: RankingTableProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const { page, pages, setPage, from, to } = usePage(ranked.length, ranked);
  const criteria = ranked[0]?.breakdown ?? [];
  const lastAdmitted = ranked.reduce((last, r, i) => (r.admitted ? i : last), -1);

  return (
    <PagedTable
      caption={t('table.caption', { from: format.number(from + 1), to: format.number(to), total: format.number(ranked.length) })}
      page={page}
      pages={pages}
      onPage={setPage}
      tools={
        lastAdmitted >= 0 &&
        pages > 1 && (
          <button type="button" className="btn btn-small" onClick={() => setPage(Math.floor(lastAdmitted / PAGE_SIZE) + 1)}>
            {t('table.goToCutoff')}
          </button>
        )
      }
    >
      <thead>
        <tr>
          <th scope="col" className="num">{t('table.position')}</th>
          <th scope="col">{t('table.id')}</th>
          <th scope="col" className="num">{t('table.total')}</th>
          {criteria.map((c) => (
            <th scope="col" className="num" key={c.criterionId}>{c.label}</th>
          ))}
          <th scope="col">{t('table.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.slice(from, to).map((r, i) => {
          const outcome = rankingOutcome(r, waitingListSize);
          // A line under the last admitted row shows the cut-off in the table too.
          const cut = from + i === lastAdmitted && from + i < ranked.length - 1;
          return (
            <tr key={r.id} className={`sim-row-${outcome.kind}${cut ? ' sim-row-cut' : ''}`}>
              <td className="num">{format.number(r.position)}</td>
              <th scope="row">{r.id}</th>
              <td className="num sim-total">{format.number(r.total)}</td>
              {r.breakdown.map((b) => (
                <td className="num" key={b.criterionId}>{format.number(b.points)}</td>
              ))}
              <td>
                <span className={`sim-outcome sim-outcome-${outcome.kind}`}>
                  {outcome.kind === 'admitted' && t('table.admitted')}
                  {outcome.kind === 'waiting' && t('table.waiting', { position: format.number(outcome.position) })}
                  {outcome.kind === 'excluded' && t('table.excluded')}
                </span>
                {r.unresolvedTie && (
                  <span className="badge sim-tie" title={t('table.tieHint')}>
                    {t('table.tie')}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </PagedTable>
  );
}
