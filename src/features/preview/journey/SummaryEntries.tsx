/** Summary entries as a description list (nested for sections and repeated items). */
import type { SummaryEntry } from './answerSummary';

export function SummaryEntries({ entries, level = 0 }: { entries: readonly SummaryEntry[]; level?: number }) {
  return (
    <dl className={level === 0 ? 'citizen-summary mb-0' : 'citizen-summary citizen-summary-nested mb-0'}>
      {entries.map((entry, i) => {
        if (entry.kind === 'value') {
          return (
            <div className="citizen-summary-row" key={i}>
              <dt>{entry.label}</dt>
              <dd className={entry.empty ? 'text-secondary fst-italic' : undefined}>{entry.value}</dd>
            </div>
          );
        }
        if (entry.kind === 'group') {
          return (
            <div className="citizen-summary-row citizen-summary-group" key={i}>
              <dt>{entry.label}</dt>
              <dd>
                <SummaryEntries entries={entry.entries} level={level + 1} />
              </dd>
            </div>
          );
        }
        return (
          <div className="citizen-summary-row citizen-summary-group" key={i}>
            <dt>{entry.label}</dt>
            <dd>
              {entry.items.map((item, j) => (
                <div key={j} className="mb-2">
                  <p className="fw-semibold mb-1">{item.label}</p>
                  <SummaryEntries entries={item.entries} level={level + 1} />
                </div>
              ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
