import { describe, expect, it } from 'vitest';
import { rankApplicants, type RankingApplicant, type RankingConfig } from './ranking';
import { scoreDistribution } from './scoreDistribution';
import { asiloNidoBologna, evaluate, generateFamilies } from './testing/fixtures';

const family = (id: string, submittedAt: string, answers: Record<string, unknown>): RankingApplicant => ({
  id,
  submittedAt,
  answers: { solo_genitore: false, invalidita_genitore: 0, gemelli: false, lavoro_madre: 'disoccupato', lavoro_padre: 'disoccupato', ...answers },
});

// Five families; Rossi, Bianchi and Verdi tie on 40 points.
const applicants: RankingApplicant[] = [
  family('rossi', '2027-03-02T09:15:00Z', { lavoro_madre: 'tempo_pieno', lavoro_padre: 'tempo_pieno', isee: 18_500 }),
  family('bianchi', '2027-03-01T08:00:00Z', { lavoro_madre: 'tempo_pieno', lavoro_padre: 'tempo_pieno', isee: 12_300.5 }),
  family('esposito', '2027-03-03T10:00:00Z', { solo_genitore: true, lavoro_madre: 'tempo_pieno', isee: 9_800 }),
  family('verdi', '2027-03-01T07:30:00Z', { lavoro_madre: 'tempo_pieno', lavoro_padre: 'tempo_pieno', isee: 12_300.5 }),
  family('russo', '2027-03-04T16:45:00Z', { lavoro_madre: 'occasionale', invalidita_genitore: 70, isee: 7_200 }),
];

describe('rankApplicants', () => {
  const { ranked } = rankApplicants(applicants, asiloNidoBologna, evaluate);

  it('adds up points per criterion with a breakdown', () => {
    const esposito = ranked.find((r) => r.id === 'esposito');
    expect(esposito?.total).toBe(35);
    expect(esposito?.breakdown).toEqual([
      { criterionId: 'solo_genitore', label: 'Un solo genitore (A1)', points: 15 },
      { criterionId: 'invalidita_genitore', label: 'Genitore con invalidità (A3–A5)', points: 0 },
      { criterionId: 'gemelli', label: 'Gemelli (A8, per ciascuno)', points: 0 },
      { criterionId: 'lavoro', label: 'Situazione lavorativa dei genitori', points: 20 },
    ]);
    expect(ranked.find((r) => r.id === 'russo')?.total).toBe(25);
  });

  it('breaks ties by lower ISEE, then earlier submission', () => {
    // 40 points each: Bianchi and Verdi have the same ISEE, Verdi applied 30 minutes earlier.
    expect(ranked.map((r) => r.id)).toEqual(['verdi', 'bianchi', 'rossi', 'esposito', 'russo']);
    expect(ranked.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
    expect(ranked.every((r) => !r.unresolvedTie)).toBe(true);
  });

  it('admits the first `places` and puts the rest on the waiting list', () => {
    expect(ranked.map((r) => r.admitted)).toEqual([true, true, true, false, false]);
    expect(ranked.map((r) => r.waitingListPosition)).toEqual([undefined, undefined, undefined, 1, 2]);
  });

  it('puts a missing ISEE after any declared one', () => {
    const noIsee = family('colombo', '2027-03-01T06:00:00Z', { lavoro_madre: 'tempo_pieno', lavoro_padre: 'tempo_pieno' });
    const { ranked: r } = rankApplicants([noIsee, ...applicants], asiloNidoBologna, evaluate);
    expect(r.slice(0, 4).map((x) => x.id)).toEqual(['verdi', 'bianchi', 'rossi', 'colombo']);
  });

  it('flags ties that no tie-breaker settles and keeps the input order for them', () => {
    const twins = [
      family('ferrari-a', '2027-03-05T10:00:00Z', { lavoro_madre: 'tempo_pieno', isee: 15_000 }),
      family('ferrari-b', '2027-03-05T10:00:00Z', { lavoro_madre: 'tempo_pieno', isee: 15_000 }),
    ];
    const { ranked: r } = rankApplicants([...twins, ...applicants], asiloNidoBologna, evaluate);
    const tied = r.filter((x) => x.unresolvedTie).map((x) => x.id);
    expect(tied).toEqual(['ferrari-a', 'ferrari-b']);
  });

  it('supports an older-child-first and a criterion tie-breaker (Maranello, Bologna)', () => {
    const config: RankingConfig = {
      ...asiloNidoBologna,
      tieBreakers: [
        { kind: 'criterion-desc', field: 'lavoro', label: 'Punteggio lavoro più alto' },
        { kind: 'answer-asc', field: 'data_nascita', label: 'Bambino più grande' },
      ],
    };
    const a = family('a', '2027-03-01T08:00:00Z', { solo_genitore: true, lavoro_madre: 'occasionale', data_nascita: '2026-01-10' }); // 25
    const b = family('b', '2027-03-01T08:00:00Z', { lavoro_madre: 'tempo_pieno', invalidita_genitore: 40, data_nascita: '2026-05-02' }); // 25
    const c = family('c', '2027-03-01T08:00:00Z', { lavoro_madre: 'tempo_pieno', invalidita_genitore: 40, data_nascita: '2025-11-20' }); // 25
    expect(rankApplicants([a, b, c], config, evaluate).ranked.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('breaks a tie on the nested ISEE answer (`isee.value`), as rules name it', () => {
    // The ISEE block answers { value, dsu }: the tie-breaker names the dotted path.
    const config: RankingConfig = { ...asiloNidoBologna, tieBreakers: [{ kind: 'answer-asc', field: 'isee.value', label: 'ISEE più basso' }] };
    const nested = (id: string, value: number | undefined) =>
      family(id, '2027-03-01T08:00:00Z', { lavoro_madre: 'tempo_pieno', lavoro_padre: 'tempo_pieno', isee: value === undefined ? undefined : { value, dsu: `INPS-ISEE-2027-${id}` } });
    const { ranked: r } = rankApplicants([nested('gallo', 18_400), nested('conti', undefined), nested('marini', 9_750.25), nested('costa', 12_000)], config, evaluate);
    // All 40 points: lower ISEE first, the family without an ISEE last.
    expect(r.map((x) => x.id)).toEqual(['marini', 'costa', 'gallo', 'conti']);
    expect(r.every((x) => x.total === 40 && !x.unresolvedTie)).toBe(true);
  });

  it('sums decimal points without floating-point noise', () => {
    const config: RankingConfig = {
      criteria: [
        { id: 'a', label: 'A', points: 0.1 },
        { id: 'b', label: 'B', points: 0.2 },
      ],
      tieBreakers: [],
      places: 1,
    };
    expect(rankApplicants([family('x', '2027-03-01T00:00:00Z', {})], config, evaluate).ranked[0].total).toBe(0.3);
  });

  it('gives 0 points for a rule that yields no number, and handles no places', () => {
    const config: RankingConfig = { criteria: [{ id: 'x', label: 'X', points: { var: 'assente' } }], tieBreakers: [], places: 0 };
    const { ranked: r } = rankApplicants(applicants.slice(0, 2), config, evaluate);
    expect(r.map((x) => [x.total, x.admitted, x.waitingListPosition])).toEqual([[0, false, 1], [0, false, 2]]);
  });
});

describe('rankApplicants at scale', () => {
  it('ranks 10,000 applicants', () => {
    const many = generateFamilies(10_000);
    const { ranked } = rankApplicants(many, { ...asiloNidoBologna, places: 1_423 }, evaluate);
    expect(ranked).toHaveLength(10_000);
    expect(ranked.filter((r) => r.admitted)).toHaveLength(1_423);
    const isee = new Map(many.map((m) => [m.id, Number(m.answers.isee)]));
    for (let i = 1; i < ranked.length; i += 1) {
      const [p, q] = [ranked[i - 1], ranked[i]];
      if (p.total < q.total) throw new Error(`order broken at ${i}`);
      if (p.total === q.total && isee.get(p.id)! > isee.get(q.id)!) throw new Error(`ISEE tie-break broken at ${i}`);
    }
  });
});

describe('scoreDistribution', () => {
  const { ranked } = rankApplicants(applicants, asiloNidoBologna, evaluate);

  it('buckets totals, counts admitted and marks the cut-off', () => {
    const d = scoreDistribution(ranked, 10);
    expect(d.cutoffScore).toBe(40);
    expect(d.buckets).toEqual([
      { from: 20, to: 30, count: 1, admitted: 0 },
      { from: 30, to: 40, count: 1, admitted: 0 },
      { from: 40, to: 50, count: 3, admitted: 3 },
    ]);
  });

  it('keeps empty buckets and handles decimal widths', () => {
    const d = scoreDistribution(ranked, 5);
    expect(d.buckets.map((b) => b.count)).toEqual([1, 0, 1, 3]); // 25, —, 35, 40×3
    expect(scoreDistribution([], 5)).toEqual({ buckets: [] });
    const tenth = scoreDistribution([{ ...ranked[0], total: 0.3 }], 0.1);
    expect(tenth.buckets).toEqual([{ from: 0.3, to: 0.4, count: 1, admitted: 1 }]);
  });

  it('rejects a non-positive bucket size', () => {
    expect(() => scoreDistribution(ranked, 0)).toThrow(RangeError);
  });
});
