/**
 * Each application's outcome in funding order, 50 a page: the amount it
 * would receive and whether the budget reaches it.
 */
import { useTranslation } from 'react-i18next';
import type { BudgetOutcome } from '../../runtime';
import { budgetOutcomeKind } from './outcomes';
import { PagedTable } from './PagedTable';
import { usePage } from './Pagination';
import { useFormat } from './useFormat';

export function BudgetTable({ outcomes }: { outcomes: BudgetOutcome[] }) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const { page, pages, setPage, from, to } = usePage(outcomes.length, outcomes);
  return (
    <PagedTable
      caption={t('table.budgetCaption', { from: format.number(from + 1), to: format.number(to), total: format.number(outcomes.length) })}
      page={page}
      pages={pages}
      onPage={setPage}
    >
      <thead>
        <tr>
          <th scope="col" className="num">{t('table.order')}</th>
          <th scope="col">{t('table.id')}</th>
          <th scope="col" className="num">{t('table.amount')}</th>
          <th scope="col">{t('table.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.slice(from, to).map((o, i) => {
          const kind = budgetOutcomeKind(o);
          return (
            <tr key={o.id} className={`sim-row-${kind}`}>
              <td className="num">{format.number(from + i + 1)}</td>
              <th scope="row">{o.id}</th>
              <td className="num">{format.euro(o.amount)}</td>
              <td>
                <span className={`sim-outcome sim-outcome-${kind}`}>{t(`table.${kind}`)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </PagedTable>
  );
}
