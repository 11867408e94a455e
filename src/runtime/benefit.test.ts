import { describe, expect, it } from 'vitest';
import { computeBenefit, type BenefitConfig } from './benefit';
import { budgetSimulation, type BudgetApplicant } from './budgetSimulation';
import { buoniSpesaSavona, evaluate, generateFamilies } from './testing/fixtures';

const family = (id: string, componenti_nucleo: number | undefined, extra: Record<string, unknown> = {}): BudgetApplicant => ({
  id,
  answers: { componenti_nucleo, ...extra },
});

describe('computeBenefit — Savona food vouchers (€150 + €50 per further member, max €400)', () => {
  it.each([
    [1, 150, false],
    [3, 250, false],
    [6, 400, false],
    [7, 400, true],
  ])('household of %i → %i €, capped=%s', (size, amount, capped) => {
    const r = computeBenefit(buoniSpesaSavona, { componenti_nucleo: size }, evaluate);
    expect(r.amount).toBe(amount);
    expect(r.capped).toBe(capped);
  });

  it('explains a capped amount line by line', () => {
    const r = computeBenefit(buoniSpesaSavona, { componenti_nucleo: 8 }, evaluate);
    expect(r.explanation.map((p) => [p.label, p.amount])).toEqual([
      ['Importo calcolato', 500],
      ['Tetto massimo', 400],
      ['Importo riconosciuto', 400],
    ]);
    expect(r.explanation[1].text).toMatch(/^Tetto massimo: 400,00\s€$/);
  });

  it('rounds to the cent and never goes negative', () => {
    const third: BenefitConfig = { amount: { '/': [1000, 3] }, budget: 1000 };
    expect(computeBenefit(third, {}, evaluate).amount).toBe(333.33);
    const negative: BenefitConfig = { amount: { '-': [100, { var: 'isee' }] }, budget: 1000 };
    const r = computeBenefit(negative, { isee: 250 }, evaluate);
    expect(r.amount).toBe(0);
    expect(r.explanation.map((p) => p.label)).toEqual(['Importo calcolato', 'Importo negativo', 'Importo riconosciuto']);
  });

  it('grants nothing, and says why, when the formula has no number', () => {
    const r = computeBenefit({ amount: { var: 'importo_richiesto' }, budget: 1000 }, {}, evaluate);
    expect(r).toMatchObject({ amount: 0, capped: false });
    expect(r.explanation[0].label).toBe('Importo non calcolabile');
  });

  it('follows Pisa 2021 brackets with an ISEE threshold (€150/€300/€400, +€50 beyond the third)', () => {
    const pisa: BenefitConfig = {
      amount: {
        if: [
          { '>': [{ var: 'isee' }, 16_500] }, 0,
          { '==': [{ var: 'componenti_nucleo' }, 1] }, 150,
          { '==': [{ var: 'componenti_nucleo' }, 2] }, 300,
          { '+': [400, { '*': [50, { max: [0, { '-': [{ var: 'componenti_nucleo' }, 3] }] }] }] },
        ],
      },
      budget: 175_000,
    };
    expect(computeBenefit(pisa, { isee: 9_000, componenti_nucleo: 5 }, evaluate).amount).toBe(500);
    expect(computeBenefit(pisa, { isee: 17_000, componenti_nucleo: 5 }, evaluate).amount).toBe(0);
  });
});

describe('budgetSimulation', () => {
  // 150 + 250 + 400 + 200 = 1,000 € requested against 700 €.
  const applicants = [family('a', 1), family('b', 3), family('c', 7), family('d', 2), family('e', undefined)];
  const config = { ...buoniSpesaSavona, budget: 700 };

  it('funds in order until the budget runs out, without letting later ones overtake', () => {
    const s = budgetSimulation(applicants, config, evaluate);
    expect(s).toMatchObject({ budget: 700, totalRequested: 1000, totalGranted: 400, remaining: 300, covered: 2, notCovered: 2, ineligible: 1 });
    // 'd' (200 €) would fit in the remaining 300 €, but 'c' came first and did not fit.
    expect(s.outcomes.map((o) => [o.id, o.funded])).toEqual([['a', true], ['b', true], ['c', false], ['d', false], ['e', false]]);
  });

  it('groups by household size for the chart', () => {
    const s = budgetSimulation(applicants, config, evaluate);
    expect(s.byHouseholdSize).toEqual([
      { size: 1, count: 1, covered: 1, requested: 150, amount: 150 },
      { size: 2, count: 1, covered: 0, requested: 200, amount: 0 },
      { size: 3, count: 1, covered: 1, requested: 250, amount: 250 },
      { size: 7, count: 1, covered: 0, requested: 400, amount: 0 },
    ]);
  });

  it('follows a ranking order given as ids, or a comparator', () => {
    const byRanking = budgetSimulation(applicants, config, evaluate, ['c', 'd']);
    expect(byRanking.outcomes.filter((o) => o.funded).map((o) => o.id)).toEqual(['c', 'd']);
    const smallFirst = budgetSimulation(applicants, config, evaluate, (x, y) =>
      Number(x.answers.componenti_nucleo ?? 99) - Number(y.answers.componenti_nucleo ?? 99),
    );
    expect(smallFirst.outcomes.filter((o) => o.funded).map((o) => o.id)).toEqual(['a', 'd', 'b']);
  });

  it('reads the household size at a dotted path, or counts the members list', () => {
    const nested: BudgetApplicant[] = [
      { id: 'lista', answers: { nucleo: [{ nome: 'Anna' }, { nome: 'Luca' }, { nome: 'Sara' }] } },
      { id: 'numero', answers: { famiglia: { componenti: '2' } } },
    ];
    const byList = budgetSimulation([nested[0]], { amount: 100, budget: 1000, householdSizeField: 'nucleo' }, evaluate);
    expect(byList.byHouseholdSize.map((r) => r.size)).toEqual([3]);
    const byPath = budgetSimulation([nested[1]], { amount: 100, budget: 1000, householdSizeField: 'famiglia.componenti' }, evaluate);
    expect(byPath.byHouseholdSize.map((r) => r.size)).toEqual([2]);
  });

  it('adds cents exactly', () => {
    const tenth: BenefitConfig = { amount: 0.1, budget: 0.3 };
    const s = budgetSimulation([family('x', 1), family('y', 1), family('z', 1)], tenth, evaluate);
    expect(s.covered).toBe(3);
    expect(s.remaining).toBe(0);
  });

  it('simulates 10,000 families', () => {
    const many = generateFamilies(10_000);
    const s = budgetSimulation(many, buoniSpesaSavona, evaluate);
    expect(s.covered + s.notCovered + s.ineligible).toBe(10_000);
    expect(s.totalGranted).toBeLessThanOrEqual(20_000);
    expect(s.byHouseholdSize.reduce((sum, r) => sum + r.amount, 0)).toBeCloseTo(s.totalGranted, 2);
  });
});
