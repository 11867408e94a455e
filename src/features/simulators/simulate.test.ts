import { describe, expect, it } from 'vitest';
import type { JsonLogicRule } from '../../model/types';
import { applicantsFromCsv } from './applicantsCsv';
import { generateApplicants } from './generateApplicants';
import { householdField, varsOf } from './householdField';
import { benefitSettingsOf, rankingSettingsOf } from './settings';
import { CHUNK_SIZE, simulate, simulateNow } from './simulate';
import type { SimulationProgress, SimulationRequest } from './simulationTypes';
import { nidoCsv, nidoFields, nidoRanking, savonaBenefit, savonaCsv, savonaFields } from './testing/fixtures';

const now = '2027-04-15T08:00:00.000Z';

describe('simulate: ranking', () => {
  const { applicants } = applicantsFromCsv(nidoCsv, nidoFields);
  const request: SimulationRequest = { kind: 'ranking', applicants, config: rankingSettingsOf(nidoRanking).config, now };

  it('ranks with the block’s criteria and breaks the tie by the nested ISEE value', () => {
    const result = simulateNow(request);
    if (result.kind !== 'ranking') throw new Error('ranking expected');
    const { ranked } = result.ranking;
    // Esposito 35; Bianchi and Rossi 25 each, Bianchi's ISEE is lower; Russo 15 and Verdi 10.
    expect(ranked.map((r) => [r.id, r.total])).toEqual([['esposito', 35], ['bianchi', 25], ['rossi', 25], ['russo', 15], ['verdi', 10]]);
    expect(ranked.map((r) => r.admitted)).toEqual([true, true, true, false, false]);
    expect(ranked.map((r) => r.waitingListPosition)).toEqual([undefined, undefined, undefined, 1, 2]);
    expect(ranked.some((r) => r.unresolvedTie)).toBe(false);
    expect(result.evaluationProblems).toEqual([]);
  });

  it('does not change the applicants it was given', () => {
    simulateNow(request);
    expect(applicants[0].answers).not.toHaveProperty(['isee.value']);
  });

  it('reports progress every chunk and once at the end', () => {
    const many = generateApplicants(nidoFields, { count: 1234, window: { opensAt: '2027-03-01T00:00:00Z', closesAt: '2027-03-31T00:00:00Z' } });
    const seen: SimulationProgress[] = [];
    const result = simulateNow({ ...request, applicants: many }, (p) => seen.push(p));
    expect(seen).toEqual([
      { done: CHUNK_SIZE, total: 1234 },
      { done: 2 * CHUNK_SIZE, total: 1234 },
      { done: 1234, total: 1234 },
    ]);
    expect(result.kind === 'ranking' && result.ranking.ranked.length).toBe(1234);
  });

  it('counts rules that cannot be computed, with an example', () => {
    const broken = rankingSettingsOf({ props: { ...nidoRanking.props, criteria: [{ id: 'x', label: 'Rapporto', points: { '/': [10, v0()] } }] } });
    const result = simulateNow({ ...request, config: broken.config });
    expect(result.evaluationProblems).toEqual([{ label: 'Rapporto', count: 5, example: expect.stringContaining('Regola non calcolabile') }]);
  });

  it('yields lazily, so a worker can post between chunks', () => {
    const steps = simulate(request);
    expect(steps.next()).toEqual({ done: false, value: { done: 5, total: 5 } });
    expect(steps.next().done).toBe(true);
  });
});

const v0 = () => ({ var: 'nessun_campo' });

describe('simulate: budget', () => {
  const { applicants } = applicantsFromCsv(savonaCsv, savonaFields);
  const settings = benefitSettingsOf(savonaBenefit);
  const request: SimulationRequest = {
    kind: 'budget',
    // Loaded out of order: funding follows the submission time, not the file.
    applicants: [...applicants].reverse(),
    config: settings.config,
    householdPath: householdField(savonaFields, settings.config.amount)?.path,
    now,
  };

  it('funds in order of submission until the budget runs out (Savona, €1,000)', () => {
    const result = simulateNow(request);
    if (result.kind !== 'budget') throw new Error('budget expected');
    const b = result.budget;
    expect([b.covered, b.notCovered, b.ineligible]).toEqual([4, 1, 1]);
    expect([b.totalRequested, b.totalGranted, b.remaining]).toEqual([1300, 1000, 0]);
    expect(b.outcomes.map((o) => [o.id, o.amount, o.funded])).toEqual([
      ['ferrari', 150, true], ['romano', 250, true], ['colombo', 0, false], ['ricci', 400, true], ['marino', 200, true], ['greco', 300, false],
    ]);
    expect(b.byHouseholdSize.map((r) => [r.size, r.count, r.covered, r.requested, r.amount])).toEqual([
      [1, 1, 1, 150, 150], [2, 1, 1, 200, 200], [3, 1, 1, 250, 250], [4, 1, 0, 300, 0], [6, 1, 1, 400, 400],
    ]);
  });

  it('reads the household size from a members list when that is what the formula counts', () => {
    const pisa: JsonLogicRule = { if: [{ '>': [{ count: [{ var: 'nucleo' }] }, 0] }, { '*': [100, { count: [{ var: 'nucleo' }] }] }, 0] };
    const fields = [{ path: 'nucleo', kind: 'list' as const }, { path: 'nucleo.nome', kind: 'text' as const }];
    expect(varsOf(pisa)).toEqual(new Set(['nucleo']));
    const path = householdField(fields, pisa)?.path;
    expect(path).toBe('nucleo');
    const result = simulateNow({
      kind: 'budget',
      applicants: [{ id: 'a', submittedAt: '', answers: { nucleo: [{ nome: 'A' }, { nome: 'B' }] } }],
      config: { amount: pisa, budget: 500 },
      householdPath: path,
      now,
    });
    expect(result.kind === 'budget' && result.budget.byHouseholdSize).toEqual([{ size: 2, count: 1, covered: 1, requested: 200, amount: 200 }]);
  });
});

describe('settings of the pattern blocks', () => {
  it('reads a well-formed ranking block without problems', () => {
    const s = rankingSettingsOf(nidoRanking);
    expect(s.problems).toEqual([]);
    expect(s.config.places).toBe(3);
    expect(s.waitingListSize).toBe(Infinity);
    expect(s.publicationDate).toBe('2027-04-15');
  });

  it('explains what is missing or unusable', () => {
    const s = rankingSettingsOf({ props: { criteria: [{ id: 'a' }], tieBreakers: [{ kind: 'answer-asc', label: 'ISEE' }, { kind: 'nonsense' }], waitingList: 10 } });
    expect(s.problems.map((p) => [p.blocking, p.message])).toEqual([
      [false, 'Il criterio n. 1 non ha una regola di punteggio: non viene considerato.'],
      [true, 'La graduatoria non ha ancora criteri di punteggio: aggiungerne almeno uno.'],
      [false, 'Un criterio di parità («ISEE») non indica il campo: non viene considerato.'],
      [false, 'Indicare i posti disponibili: senza, nessuno risulta ammesso.'],
    ]);
    expect(s.waitingListSize).toBe(10);
    expect(rankingSettingsOf({ props: { waitingList: false } }).waitingListSize).toBe(0);
  });

  it('reads a benefit block and blocks without amount or budget', () => {
    const s = benefitSettingsOf(savonaBenefit);
    expect(s.problems).toEqual([]);
    expect(s.config.cap).toBe(400);
    expect(s.payout).toBe('iban');
    expect(benefitSettingsOf({ props: { cap: 'tanto' } }).problems.map((p) => p.blocking)).toEqual([true, true, false]);
  });
});
