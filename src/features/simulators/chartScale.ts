/**
 * Axis arithmetic for the inline SVG charts: "nice" steps (1, 2, 2.5, 5 × 10ⁿ)
 * so ticks read 0, 50, 100 rather than 0, 47, 94.
 */

/** The smallest nice step ≥ raw. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Ticks from 0 to at least `max`, about `count` of them. */
export function ticks(max: number, count = 4): number[] {
  const step = niceStep(max / count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(Math.round(v * 1e9) / 1e9);
  return out;
}

/**
 * Width of score buckets for a histogram of about `target` bars. Whole points
 * when scores are whole numbers: "40–44" reads better than "40–42.5".
 */
export function bucketSize(min: number, max: number, integersOnly: boolean, target = 24): number {
  const step = niceStep((max - min) / target);
  return integersOnly ? Math.max(1, Math.round(step)) : step;
}
