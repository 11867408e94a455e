/**
 * "Periodi di chiusura" of a booking (x-widget "closing-periods"): from–to
 * dates, both included, with an optional reason. A period whose end comes
 * before its start is said inline (the runtime would ignore it).
 */
import type { FieldProps } from '../fieldTypes';
import { DateInput } from './DateInput';
import { ItemActions } from './ItemActions';
import { useItemList } from './useItemList';
import { PatternList } from './PatternList';
import { usePatternStrings } from './usePatternStrings';
import './patternWidgets.css';

type Period = Record<string, unknown> & { from?: unknown; to?: unknown; reason?: unknown };

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Today in the office's calendar (Europe/Rome), as `YYYY-MM-DD`: where a new closure starts. */
function todayInRome(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

export function ClosingPeriodsWidget({ id, label, schema, value, readOnly, onChange, onCommit }: FieldProps) {
  const { t } = usePatternStrings();
  const periods: Period[] = Array.isArray(value) ? (value as Period[]) : [];
  const list = useItemList(periods, onChange);
  const maxItems = (schema as { maxItems?: number }).maxItems ?? Infinity;
  const add = () => {
    const today = todayInRome();
    list.add({ from: today, to: today });
  };

  return (
    <PatternList
      label={label}
      root={list.root}
      emptyText={t('closures.empty')}
      count={periods.length}
      maxItems={maxItems}
      readOnly={readOnly}
      addLabel={t('closures.add')}
      onAdd={add}
    >
      {periods.map((p, i) => {
        const n = i + 1;
        const itemId = `${id}-${i}`;
        const [from, to, reason] = [text(p.from), text(p.to), text(p.reason)];
        const order = from && to && from > to ? t('closures.order') : null;
        const errorId = order ? `${itemId}-order` : undefined;
        const set = (patch: Period, typing: boolean) => {
          const next: Period = { ...p, ...patch };
          if (next.reason === '') delete next.reason; // optional: no empty string stored
          list.update(i, next, typing);
        };
        return (
          <li key={i} className="pattern-item" data-item={i}>
            <div className="pattern-item-body" role="group" aria-label={reason.trim() || t('closures.item', { n })}>
              <div className="pattern-item-head">
                <span className="pattern-item-title">{t('closures.item', { n })}</span>
                {!readOnly && (
                  <ItemActions name={reason.trim() || t('closures.item', { n })} index={i} count={periods.length} onMove={list.move} onRemove={list.remove} reorder={false} />
                )}
              </div>
              <div className="closure-dates">
                <div className="field">
                  <label htmlFor={`${itemId}-from`}>{t('closures.from')}</label>
                  <DateInput id={`${itemId}-from`} focusFirst value={from} readOnly={readOnly} errorId={errorId} onChange={(d) => set({ from: d }, false)} onCommit={onCommit} />
                </div>
                <div className="field">
                  <label htmlFor={`${itemId}-to`}>{t('closures.to')}</label>
                  <DateInput id={`${itemId}-to`} value={to} readOnly={readOnly} errorId={errorId} onChange={(d) => set({ to: d }, false)} onCommit={onCommit} />
                </div>
              </div>
              {order && (
                <span className="field-error" id={errorId}>
                  {order}
                </span>
              )}
              <div className="field">
                <label htmlFor={`${itemId}-reason`}>{t('closures.reason')}</label>
                <input
                  id={`${itemId}-reason`}
                  type="text"
                  value={reason}
                  readOnly={readOnly}
                  maxLength={200}
                  placeholder={t('closures.reasonPlaceholder')}
                  onChange={(e) => set({ reason: e.target.value }, true)}
                  onBlur={onCommit}
                />
              </div>
            </div>
          </li>
        );
      })}
    </PatternList>
  );
}
