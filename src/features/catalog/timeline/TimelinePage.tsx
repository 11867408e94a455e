/**
 * "Calendario": each scheduled service's opening window over the coming
 * months, so an official sees at a glance what opens and closes when (a
 * nursery enrolment that closes before the canteen opens, say).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogFrame } from '../CatalogFrame';
import { useCatalog } from '../data/useCatalog';
import { useNow } from '../data/useNow';
import type { CatalogEntry } from '../model/catalogEntry';
import { useFlash } from '../ui/Flash';
import { Icon } from '../ui/Icon';
import { TimelineChart } from './TimelineChart';
import { addMonths, layoutBars, romeMonthOf, timelineRange } from './timelineLayout';
import { TimelineTable } from './TimelineTable';

const SPANS = [3, 6, 12] as const;
const NO_ENTRIES: CatalogEntry[] = [];

export function TimelinePage() {
  const { t, i18n } = useTranslation('catalog');
  const { state } = useCatalog();
  const flash = useFlash();
  const entries = state.status === 'ready' ? state.entries : NO_ENTRIES;
  const now = useNow(entries);
  const [first, setFirst] = useState(() => romeMonthOf(new Date()));
  const [span, setSpan] = useState<(typeof SPANS)[number]>(6);

  const range = useMemo(() => timelineRange(first, span), [first, span]);
  const bars = useMemo(() => layoutBars(entries, range), [entries, range]);
  const monthName = (ms: number) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'it-IT', { month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(ms);
  const rangeText = `${monthName(range.months[0].startMs)} – ${monthName(range.months[range.months.length - 1].startMs)}`;

  return (
    <CatalogFrame
      title={t('timeline.title')}
      intro={t('timeline.intro')}
      trashCount={state.status === 'ready' ? state.trashCount : undefined}
      flash={flash.message}
      onDismissFlash={flash.clear}
    >
      <div className="timeline-controls">
        <button type="button" className="btn btn-small" onClick={() => setFirst(addMonths(first, -span))} aria-label={t('timeline.previous')}>
          <Icon name="chevronLeft" size={16} />
        </button>
        <p className="timeline-range" aria-live="polite">
          {rangeText}
        </p>
        <button type="button" className="btn btn-small" onClick={() => setFirst(addMonths(first, span))} aria-label={t('timeline.next')}>
          <Icon name="chevronRight" size={16} />
        </button>
        <button type="button" className="btn btn-small" onClick={() => setFirst(romeMonthOf(new Date()))}>
          {t('timeline.today')}
        </button>
        <label className="timeline-span">
          <span>{t('timeline.range')}</span>
          <select value={span} onChange={(e) => setSpan(Number(e.target.value) as (typeof SPANS)[number])}>
            {SPANS.map((n) => (
              <option key={n} value={n}>
                {t('timeline.months', { count: n })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.status === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : bars.length === 0 ? (
        <div className="empty-state">
          <Icon name="calendar" size={40} />
          <p>{t('timeline.none')}</p>
        </div>
      ) : (
        <>
          <TimelineChart range={range} bars={bars} now={now} />
          <TimelineTable bars={bars} now={now} />
        </>
      )}
    </CatalogFrame>
  );
}
