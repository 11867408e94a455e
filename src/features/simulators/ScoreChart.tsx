/**
 * Histogram of the simulated scores with the admission cut-off marked, as an
 * inline SVG (no chart library). The picture is decorative for assistive
 * technology: the caption says what it shows and a visually hidden table
 * gives every bar's numbers.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreDistribution, type RankedApplicant } from '../../runtime';
import { bucketSize, ticks } from './chartScale';
import { useFormat } from './useFormat';

const W = 720;
const H = 280;
const M = { top: 30, right: 20, bottom: 46, left: 56 };

export function ScoreChart({ ranked }: { ranked: RankedApplicant[] }) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const data = useMemo(() => {
    if (ranked.length === 0) return null;
    let min = Infinity;
    let max = -Infinity;
    let integers = true;
    for (const r of ranked) {
      min = Math.min(min, r.total);
      max = Math.max(max, r.total);
      if (!Number.isInteger(r.total)) integers = false;
    }
    const size = bucketSize(min, max, integers);
    return { min, max, size, ...scoreDistribution(ranked, size) };
  }, [ranked]);
  if (!data) return null;

  const { buckets, cutoffScore, min, max } = data;
  const admitted = buckets.reduce((s, b) => s + b.admitted, 0);
  const x0 = buckets[0].from;
  const x1 = buckets[buckets.length - 1].to;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (score: number) => M.left + ((score - x0) / (x1 - x0)) * plotW;
  const yTicks = ticks(Math.max(...buckets.map((b) => b.count)));
  const yTop = yTicks[yTicks.length - 1];
  const y = (n: number) => M.top + plotH - (n / yTop) * plotH;
  const labelEvery = Math.ceil(buckets.length / 10);
  const cutoffX = cutoffScore === undefined ? undefined : x(cutoffScore);
  const cutoffText = cutoffScore === undefined ? '' : t('chart.cutoffMark', { score: format.number(cutoffScore) });

  return (
    <figure className="sim-chart">
      <figcaption>
        <strong>{t('chart.scoresTitle')}</strong>{' '}
        {t('chart.scoresCaption', {
          count: format.number(ranked.length),
          min: format.number(min),
          max: format.number(max),
          cutoff:
            cutoffScore === undefined
              ? t('chart.scoresNoCutoff')
              : t('chart.scoresCutoff', { score: format.number(cutoffScore), admitted: format.number(admitted) }),
        })}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="sim-chart-svg" aria-hidden="true" focusable="false">
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="sim-grid" />
            <text x={M.left - 8} y={y(v)} dy="0.35em" textAnchor="end" className="sim-tick">
              {format.number(v)}
            </text>
          </g>
        ))}
        <text x={4} y={M.top - 14} className="sim-axis-title">{t('chart.axisCount')}</text>
        {buckets.map((b) => {
          const left = x(b.from) + 1;
          const width = Math.max(1, x(b.to) - x(b.from) - 2);
          return (
            <g key={b.from}>
              <rect x={left} width={width} y={y(b.admitted)} height={y(0) - y(b.admitted)} className="sim-bar-admitted" />
              <rect x={left} width={width} y={y(b.count)} height={y(b.admitted) - y(b.count)} className="sim-bar-others" />
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="sim-axis" />
        {buckets.map((b, i) =>
          i % labelEvery === 0 ? (
            <text key={b.from} x={x(b.from)} y={y(0) + 16} textAnchor="middle" className="sim-tick">
              {format.number(b.from)}
            </text>
          ) : null,
        )}
        <text x={x(x1)} y={y(0) + 16} textAnchor="end" className="sim-tick">{format.number(x1)}</text>
        <text x={M.left + plotW / 2} y={H - 6} textAnchor="middle" className="sim-axis-title">{t('chart.axisScore')}</text>
        {cutoffX !== undefined && (
          <g>
            <line x1={cutoffX} x2={cutoffX} y1={M.top - 6} y2={y(0)} className="sim-cutoff" />
            <text x={cutoffX + (cutoffX > W * 0.7 ? -6 : 6)} y={M.top + 6} textAnchor={cutoffX > W * 0.7 ? 'end' : 'start'} className="sim-cutoff-label">
              {cutoffText}
            </text>
          </g>
        )}
      </svg>
      <ul className="sim-legend" aria-hidden="true">
        <li><span className="sim-swatch sim-swatch-admitted" />{t('chart.legendAdmitted')}</li>
        <li><span className="sim-swatch sim-swatch-others" />{t('chart.legendOthers')}</li>
        {cutoffX !== undefined && <li><span className="sim-swatch sim-swatch-cutoff" />{t('chart.legendCutoff')}</li>}
      </ul>
      <table className="visually-hidden">
        <caption>{t('chart.scoresTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.range')}</th>
            <th scope="col">{t('chart.axisCount')}</th>
            <th scope="col">{t('chart.legendAdmitted')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.from}>
              <th scope="row">{t('chart.rangeValue', { from: format.number(b.from), to: format.number(b.to) })}</th>
              <td>{format.number(b.count)}</td>
              <td>{format.number(b.admitted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
