/**
 * Histogram of ranking scores for the ranking simulator's chart, with the
 * admission cut-off marked.
 */
import type { RankedApplicant } from './ranking';

/** One bar: scores in [from, to), how many applicants, how many admitted. */
export interface ScoreBucket {
  from: number;
  to: number;
  count: number;
  admitted: number;
}

/** Result of {@link scoreDistribution}. */
export interface ScoreDistribution {
  buckets: ScoreBucket[];
  /** Total of the last admitted applicant; absent when nobody is admitted. */
  cutoffScore?: number;
}

/** More bars than this is no longer a chart; the caller should widen the buckets. */
export const MAX_BUCKETS = 1000;

/**
 * Groups totals into contiguous buckets of `bucketSize` points, aligned on
 * multiples of it, from the lowest to the highest score, empty buckets
 * included so the chart's x axis has no gaps.
 */
export function scoreDistribution(ranked: readonly RankedApplicant[], bucketSize: number): ScoreDistribution {
  if (!(bucketSize > 0) || !Number.isFinite(bucketSize)) {
    throw new RangeError('L’ampiezza delle classi di punteggio deve essere maggiore di zero.');
  }
  let cutoffScore: number | undefined;
  for (const r of ranked) if (r.admitted && (cutoffScore === undefined || r.total < cutoffScore)) cutoffScore = r.total;
  if (ranked.length === 0) return { buckets: [], ...(cutoffScore !== undefined && { cutoffScore }) };

  let min = Infinity;
  let max = -Infinity;
  for (const r of ranked) {
    if (r.total < min) min = r.total;
    if (r.total > max) max = r.total;
  }
  const first = bucketIndex(min, bucketSize);
  const count = bucketIndex(max, bucketSize) - first + 1;
  if (count > MAX_BUCKETS) {
    throw new RangeError(`Troppe classi di punteggio (${count}): aumentare l’ampiezza.`);
  }
  const buckets: ScoreBucket[] = Array.from({ length: count }, (_, i) => ({
    // Multiply rather than accumulate so 0.1-wide buckets do not drift.
    from: roundEdge((first + i) * bucketSize),
    to: roundEdge((first + i + 1) * bucketSize),
    count: 0,
    admitted: 0,
  }));
  for (const r of ranked) {
    const b = buckets[bucketIndex(r.total, bucketSize) - first];
    b.count += 1;
    if (r.admitted) b.admitted += 1;
  }
  return { buckets, ...(cutoffScore !== undefined && { cutoffScore }) };
}

const roundEdge = (n: number): number => Math.round(n * 1e9) / 1e9;
// The epsilon keeps 0.3 / 0.1 (= 2.9999999999999996) in bucket 3, where a reader expects it.
const bucketIndex = (total: number, size: number): number => Math.floor(total / size + 1e-9);
