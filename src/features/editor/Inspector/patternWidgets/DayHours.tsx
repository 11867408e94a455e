/**
 * One weekday of the opening hours: its from–to ranges (or "Chiuso"), each
 * removable, and "+ Fascia". Problems (start not before end, overlaps) are
 * said under the range and tied to both its inputs.
 */
import { useEffect, useRef } from 'react';
import type { TimeRange } from '../../../../runtime/bookingConfig';
import { Icon } from '../../Icon';
import { nextRange, rangeProblems, type RangeProblem } from './openingHours';
import { TimeInput } from './TimeInput';
import { usePatternStrings } from './usePatternStrings';

interface Props {
  id: string;
  /** Full name ("Martedì"): the group's name and part of every control's name. */
  day: string;
  ranges: TimeRange[];
  readOnly: boolean;
  /** The day's new ranges; `typing` for times being typed (one undo step per field). */
  onChange(ranges: TimeRange[], typing: boolean): void;
  onCommit(): void;
}

export function DayHours({ id, day, ranges, readOnly, onChange, onCommit }: Props) {
  const { t } = usePatternStrings();
  const root = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) root.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const problems = rangeProblems(ranges);
  const message = (p: RangeProblem) => (p.kind === 'order' ? t('hours.order', { from: p.from, to: p.to }) : t('hours.overlap', { other: p.other }));
  const set = (j: number, patch: Partial<TimeRange>) => onChange(ranges.map((r, k) => (k === j ? { ...r, ...patch } : r)), true);
  const add = () => {
    focusNext.current = `[data-range="${ranges.length}"] input`;
    onChange([...ranges, nextRange(ranges)], false);
  };
  const remove = (j: number) => {
    focusNext.current = '[data-add-range]';
    onChange(ranges.filter((_, k) => k !== j), false);
  };
  const dayId = `${id}-name`;

  return (
    <div ref={root} className="hours-day" role="group" aria-labelledby={dayId}>
      <span id={dayId} className="hours-day-name">
        {day}
      </span>
      <div className="hours-ranges">
        {ranges.length === 0 && <span className="hours-closed">{t('hours.closed')}</span>}
        {ranges.map((r, j) => {
          const n = j + 1;
          const problem = problems[j];
          const errorId = problem ? `${id}-${j}-problem` : undefined;
          return (
            <div key={j} className="hours-range" data-range={j}>
              <div className="hours-range-times">
                <TimeInput
                  id={`${id}-${j}-from`}
                  label={t('hours.from', { day, n })}
                  value={r.from}
                  readOnly={readOnly}
                  errorId={errorId}
                  onChange={(from) => set(j, { from })}
                  onCommit={onCommit}
                />
                <span className="hours-dash" aria-hidden="true">
                  –
                </span>
                <TimeInput
                  id={`${id}-${j}-to`}
                  label={t('hours.to', { day, n })}
                  value={r.to}
                  readOnly={readOnly}
                  errorId={errorId}
                  onChange={(to) => set(j, { to })}
                  onCommit={onCommit}
                />
                {!readOnly && (
                  <button
                    type="button"
                    className="btn btn-icon btn-icon-danger"
                    aria-label={t('hours.removeRange', { n, day })}
                    title={t('hours.removeRange', { n, day })}
                    onClick={() => remove(j)}
                  >
                    <Icon name="trash" size={16} />
                  </button>
                )}
              </div>
              {problem && (
                <span className="field-error" id={errorId}>
                  {message(problem)}
                </span>
              )}
            </div>
          );
        })}
        {!readOnly && ranges.length < 10 && (
          <button type="button" className="btn btn-small hours-add" data-add-range aria-label={t('hours.addTo', { day })} onClick={add}>
            <Icon name="plus" size={16} />
            {t('hours.add')}
          </button>
        )}
      </div>
    </div>
  );
}
