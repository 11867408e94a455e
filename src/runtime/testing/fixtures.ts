/**
 * Realistic fixtures shared by the runtime tests: the Bologna nursery ranking
 * criteria and the Savona food-voucher formula, plus a seeded generator of
 * applicants for the simulators. Test-only; the app never imports this.
 */
import jsonLogic from 'json-logic-js';
import type { JsonLogicRule } from '../../model/types';
import type { BenefitConfig } from '../benefit';
import type { Answers, RuleEvaluator } from '../evaluate';
import type { RankingApplicant, RankingConfig } from '../ranking';

/** json-logic-js stands in for `src/rules` (which adds a few operations the tests do not need). */
export const evaluate: RuleEvaluator = (rule, data) =>
  jsonLogic.apply(rule as jsonLogic.RulesLogic, data as Record<string, unknown>);

const v = (key: string): JsonLogicRule => ({ var: key });

/** Bologna "asilo nido" points (2017 regolamento, subset): carico familiare + lavoro. */
export const asiloNidoBologna: RankingConfig = {
  criteria: [
    { id: 'solo_genitore', label: 'Un solo genitore (A1)', points: { if: [v('solo_genitore'), 15, 0] } },
    {
      id: 'invalidita_genitore',
      label: 'Genitore con invalidità (A3–A5)',
      points: {
        if: [
          { '>=': [v('invalidita_genitore'), 100] }, 20,
          { '>': [v('invalidita_genitore'), 65] }, 15,
          { '>=': [v('invalidita_genitore'), 33] }, 5,
          0,
        ],
      },
    },
    { id: 'gemelli', label: 'Gemelli (A8, per ciascuno)', points: { '*': [{ if: [v('gemelli'), 4, 0] }, 2] } },
    {
      id: 'lavoro',
      label: 'Situazione lavorativa dei genitori',
      points: {
        '+': [
          { if: [{ '==': [v('lavoro_madre'), 'tempo_pieno'] }, 20, { '==': [v('lavoro_madre'), 'occasionale'] }, 10, 0] },
          { if: [{ '==': [v('lavoro_padre'), 'tempo_pieno'] }, 20, { '==': [v('lavoro_padre'), 'occasionale'] }, 10, 0] },
        ],
      },
    },
  ],
  tieBreakers: [
    { kind: 'answer-asc', field: 'isee', label: 'ISEE più basso' },
    { kind: 'submitted-asc', label: 'Domanda presentata prima' },
  ],
  places: 3,
};

/** Savona food vouchers: €150 for one person, €50 for each further member, at most €400. */
export const buoniSpesaSavona: BenefitConfig = {
  amount: {
    if: [
      { '>=': [v('componenti_nucleo'), 1] },
      { '+': [150, { '*': [50, { '-': [v('componenti_nucleo'), 1] }] }] },
      0, // household size not given: nothing
    ],
  },
  cap: 400,
  budget: 20_000,
};

/** Deterministic PRNG (mulberry32) so generated applicants are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JOBS = ['tempo_pieno', 'tempo_pieno', 'occasionale', 'disoccupato'];

/** `n` plausible families applying during March 2027. */
export function generateFamilies(n: number, seed = 2027): RankingApplicant[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const start = Date.parse('2027-02-28T23:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const answers: Answers = {
      solo_genitore: rnd() < 0.15,
      invalidita_genitore: rnd() < 0.05 ? pick([40, 70, 100]) : 0,
      gemelli: rnd() < 0.02,
      lavoro_madre: pick(JOBS),
      lavoro_padre: pick(JOBS),
      isee: Math.round(rnd() * 4_000_000) / 100,
      componenti_nucleo: 1 + Math.floor(rnd() * 6),
    };
    const submittedAt = new Date(start + Math.floor(rnd() * 31 * 86_400_000)).toISOString();
    return { id: `domanda-${String(i + 1).padStart(5, '0')}`, submittedAt, answers };
  });
}
