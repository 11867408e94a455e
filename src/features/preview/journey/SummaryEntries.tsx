/** Summary entries as a description list (nested for sections and repeated items; pattern boxes in place). */
import { PatternReceiptBody } from '../patterns/PatternReceiptView';
import type { Translate } from '../translate';
import type { SummaryEntry } from './answerSummary';

export function SummaryEntries({ entries, t, level = 0 }: { entries: readonly SummaryEntry[]; t: Translate; level?: number }) {
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
        if (entry.kind === 'pattern') {
          return (
            <div className="citizen-summary-row citizen-summary-group citizen-summary-pattern" key={i} data-testid={`summary-pattern-${entry.key}`}>
              <dt>{entry.label}</dt>
              <dd>
                <PatternReceiptBody receipt={entry.receipt} t={t} />
              </dd>
            </div>
          );
        }
        if (entry.kind === 'group') {
          return (
            <div className="citizen-summary-row citizen-summary-group" key={i}>
              <dt>{entry.label}</dt>
              <dd>
                <SummaryEntries entries={entry.entries} t={t} level={level + 1} />
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
                  <SummaryEntries entries={item.entries} t={t} level={level + 1} />
                </div>
              ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
