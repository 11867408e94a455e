/**
 * Budget used against budget available: one horizontal bar for the whole
 * measure (used, left, and the cost beyond the budget), then stacked bars by
 * household size (funded, requested but not covered). Inline SVG; the
 * caption and a visually hidden table carry the same numbers in words.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetSimulation } from '../../runtime';
import { ticks } from './chartScale';
import { useFormat } from './useFormat';

const W = 720;
const BAR_H = 76;
const H = 300;
const M = { top: 28, right: 20, bottom: 44, left: 84 };

export function BudgetChart({ budget }: { budget: BudgetSimulation }) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  // Unique per chart (defined in the first SVG, used by both); React's ids contain characters url(#…) rejects.
  const hatch = `sim-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hatchFill = `url(#${hatch})`;
  const defs = (
    <defs>
      <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="sim-hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="sim-hatch-line" />
      </pattern>
    </defs>
  );
  const rows = budget.byHouseholdSize;
  const sizeLabel = (size: number) => (size === 0 ? t('chart.householdUnknown') : format.number(size));

  // The top bar: its full width is the larger of budget and total cost.
  const scaleMax = Math.max(budget.budget, budget.totalRequested, 1);
  const bx = (euros: number) => M.left + (euros / scaleMax) * (W - M.left - M.right);
  const over = Math.max(0, budget.totalRequested - budget.budget);

  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const yTicks = ticks(Math.max(1, ...rows.map((r) => r.requested)));
  const yTop = yTicks[yTicks.length - 1];
  const y = (euros: number) => M.top + plotH - (euros / yTop) * plotH;
  const slot = plotW / Math.max(1, rows.length);
  const barW = Math.min(72, slot * 0.6);

  return (
    <figure className="sim-chart">
      <figcaption>
        <strong>{t('chart.budgetTitle')}</strong>{' '}
        {t('chart.budgetCaption', { granted: format.euro(budget.totalGranted), budget: format.euro(budget.budget), requested: format.euro(budget.totalRequested) })}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${BAR_H}`} className="sim-chart-svg" aria-hidden="true" focusable="false">
        {defs}
        <text x={bx(0)} y={12} className="sim-axis-title">{t('chart.usedLabel', { amount: format.euro(budget.totalGranted) })}</text>
        {over > 0 && (
          <text x={bx(budget.totalRequested)} y={12} textAnchor="end" className="sim-tick">
            {t('chart.costLabel', { amount: format.euro(budget.totalRequested) })}
          </text>
        )}
        <rect x={bx(0)} y={22} width={bx(budget.budget) - bx(0)} height={28} className="sim-bar-remaining" />
        <rect x={bx(0)} y={22} width={bx(budget.totalGranted) - bx(0)} height={28} className="sim-bar-granted" />
        {over > 0 && <rect x={bx(budget.budget)} y={22} width={bx(budget.totalRequested) - bx(budget.budget)} height={28} className="sim-bar-notcovered" fill={hatchFill} />}
        <line x1={bx(budget.budget)} x2={bx(budget.budget)} y1={16} y2={58} className="sim-cutoff" />
        <text x={bx(0)} y={70} className="sim-tick">0</text>
        <text x={bx(budget.budget)} y={70} textAnchor={over > 0 ? 'middle' : 'end'} className="sim-cutoff-label">
          {t('chart.budgetLabel', { amount: format.euro(budget.budget) })}
        </text>
      </svg>
      {rows.length > 0 && (
        <svg viewBox={`0 0 ${W} ${H}`} className="sim-chart-svg" aria-hidden="true" focusable="false">
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="sim-grid" />
              <text x={M.left - 8} y={y(v)} dy="0.35em" textAnchor="end" className="sim-tick">{format.euroRound(v)}</text>
            </g>
          ))}
          {rows.map((r, i) => {
            const cx = M.left + slot * (i + 0.5);
            return (
              <g key={r.size}>
                <rect x={cx - barW / 2} width={barW} y={y(r.amount)} height={y(0) - y(r.amount)} className="sim-bar-granted" />
                <rect x={cx - barW / 2} width={barW} y={y(r.requested)} height={y(r.amount) - y(r.requested)} className="sim-bar-notcovered" fill={hatchFill} />
                <text x={cx} y={y(r.requested) - 6} textAnchor="middle" className="sim-bar-value">
                  {r.requested > 0 ? `${format.number(Math.round((r.amount / r.requested) * 100))}%` : ''}
                </text>
                <text x={cx} y={y(0) + 16} textAnchor="middle" className="sim-tick">{sizeLabel(r.size)}</text>
              </g>
            );
          })}
          <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="sim-axis" />
          <text x={M.left + plotW / 2} y={H - 6} textAnchor="middle" className="sim-axis-title">{t('chart.householdSize')}</text>
        </svg>
      )}
      <ul className="sim-legend" aria-hidden="true">
        <li><span className="sim-swatch sim-swatch-granted" />{t('chart.legendGranted')}</li>
        <li><span className="sim-swatch sim-swatch-notcovered" />{t('chart.legendNotCovered')}</li>
        <li><span className="sim-swatch sim-swatch-remaining" />{t('chart.legendRemaining')}</li>
        {rows.length > 0 && <li>{t('chart.percentNote')}</li>}
      </ul>
      <table className="visually-hidden">
        <caption>{t('chart.budgetTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.householdSize')}</th>
            <th scope="col">{t('chart.eligible')}</th>
            <th scope="col">{t('chart.fundedCount')}</th>
            <th scope="col">{t('chart.requestedAmount')}</th>
            <th scope="col">{t('chart.grantedAmount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.size}>
              <th scope="row">{sizeLabel(r.size)}</th>
              <td>{format.number(r.count)}</td>
              <td>{format.number(r.covered)}</td>
              <td>{format.euro(r.requested)}</td>
              <td>{format.euro(r.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
