/** Tiny timing helpers: warm up, then take the median and p95 of many runs. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function measure(fn: () => unknown, runs = 60, warmup = 10): Timing {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: samples.length };
}

export const round = (x: number) => Math.round(x * 100) / 100;
