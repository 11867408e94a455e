/**
 * A seeded pseudo-random generator, so that "Genera 1.000 domande di prova"
 * gives the same applicants on every run and machine: a simulation can be
 * repeated, compared after a change of criteria, and tested.
 */

/** Uniform numbers in [0, 1) from a 32-bit seed (mulberry32: tiny, fast, good enough for test data). */
export type Random = () => number;

/** A generator for `seed`; the same seed always gives the same sequence. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export const randomInt = (rnd: Random, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

/** One item, uniformly. */
export const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

/** An index drawn with the given (not necessarily normalised) weights. */
export function weightedIndex(rnd: Random, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rnd() * total;
  for (let i = 0; i < weights.length; i += 1) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** A standard normal variate (Box–Muller), for log-normal incomes. */
export function normal(rnd: Random): number {
  const u = 1 - rnd(); // (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}
