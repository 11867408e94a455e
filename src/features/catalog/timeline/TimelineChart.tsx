/**
 * The calendar as a picture: months across, one row per service, a bar for
 * its opening window, a line for today. Hidden from assistive technology
 * because `TimelineTable` right below says the same in a table.
 */
import { useTranslation } from 'react-i18next';
import { serviceAvailability } from '../../../runtime/schedule';
import { formatAbsolute } from '../model/formatTime';
import { positionPct, type TimelineBar, type TimelineRange } from './timelineLayout';

const monthLabel = (ms: number, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', { month: 'short', year: 'numeric', timeZone: 'Europe/Rome' }).format(ms);

export function TimelineChart({ range, bars, now }: { range: TimelineRange; bars: readonly TimelineBar[]; now: Date }) {
  const { t, i18n } = useTranslation('catalog');
  const todayInRange = now.getTime() >= range.startMs && now.getTime() < range.endMs;
  const todayPct = positionPct(range, now.getTime());
  return (
    <div className="timeline-chart" aria-hidden="true">
      <div className="timeline-head">
        <div className="timeline-label-col" />
        <div className="timeline-track">
          {range.months.map((m) => (
            <div key={m.month} className="timeline-month" style={{ left: `${m.leftPct}%`, width: `${m.widthPct}%` }}>
              {monthLabel(m.startMs, i18n.language)}
            </div>
          ))}
        </div>
      </div>
      <div className="timeline-body">
        {bars.map((bar) => {
          const state = serviceAvailability(bar.entry, now).state;
          const from = bar.opensAt !== null ? formatAbsolute(bar.opensAt, i18n.language) : t('timeline.notSet');
          const to = bar.closesAt !== null ? formatAbsolute(bar.closesAt, i18n.language) : t('timeline.notSet');
          return (
            <div key={bar.entry.id} className="timeline-row">
              <div className="timeline-label-col">{bar.entry.title}</div>
              <div className="timeline-track">
                {range.months.map((m) => (
                  <div key={m.month} className="timeline-gridline" style={{ left: `${m.leftPct}%` }} />
                ))}
                <div
                  className={`timeline-bar status-${state}${bar.clippedStart ? ' clipped-start' : ''}${bar.clippedEnd ? ' clipped-end' : ''}`}
                  style={{ left: `${bar.leftPct}%`, width: `${bar.widthPct}%` }}
                  title={`${bar.entry.title}: ${from} → ${to}`}
                >
                  <span>{bar.entry.title}</span>
                </div>
              </div>
            </div>
          );
        })}
      </div>
      {todayInRange && (
        <div className="timeline-today-layer">
          <div className="timeline-label-col" />
          <div className="timeline-track">
            <div className="timeline-today" style={{ left: `${todayPct}%` }}>
              <span>{t('timeline.today')}</span>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
