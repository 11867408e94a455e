/** The calendar as a table: the accessible (and printable) twin of the chart. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatAbsolute } from '../model/formatTime';
import { StatusBadge } from '../StatusBadge';
import type { TimelineBar } from './timelineLayout';

export function TimelineTable({ bars, now }: { bars: readonly TimelineBar[]; now: Date }) {
  const { t, i18n } = useTranslation('catalog');
  const when = (ms: number | null) => (ms === null ? t('timeline.notSet') : formatAbsolute(ms, i18n.language));
  return (
    <table className="data-table timeline-table">
      <caption>{t('timeline.listHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('timeline.service')}</th>
          <th scope="col">{t('timeline.opens')}</th>
          <th scope="col">{t('timeline.closes')}</th>
          <th scope="col">{t('timeline.status')}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.entry.id}>
            <th scope="row">
              <Link to={`/servizi/${bar.entry.id}/scheda`}>{bar.entry.title}</Link>
            </th>
            <td>{when(bar.opensAt)}</td>
            <td>{when(bar.closesAt)}</td>
            <td>
              <StatusBadge service={bar.entry} now={now} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
