/**
 * The budget simulator of the "Beneficio economico" pattern: how far the
 * budget goes over a list of applicants, funded strictly in order.
 */
import { computeBenefit, type BenefitConfig } from './benefit';
import { toFiniteNumber, type Answers, type RuleEvaluator } from './evaluate';
import { fromCents, toCents } from './money';
import { readPath } from './readPath';

/** An applicant of the simulation. */
export interface BudgetApplicant {
  id: string;
  answers: Answers;
}

/** Settings of the simulation: the benefit, and which answer holds the household size. */
export interface BudgetSimulationConfig extends BenefitConfig {
  /**
   * Answer holding the household size, a dotted path as in rules
   * (`nucleo`, `famiglia.componenti`): a number, or the list of members
   * (its length counts). Default `componenti_nucleo`.
   */
  householdSizeField?: string;
}

/**
 * Funding order: a list of applicant ids (e.g. a ranking; ids not listed come
 * after, in input order) or a comparator. Without it, the input order
 * (typically the order of submission) is used.
 */
export type BudgetOrder = readonly string[] | ((a: BudgetApplicant, b: BudgetApplicant) => number);

/** Per household size, for the chart "budget used by household size". */
export interface HouseholdSizeRow {
  /** Members of the household; 0 when the answer is missing. */
  size: number;
  /** Eligible applicants of this size (amount above zero). */
  count: number;
  /** Of them, how many are funded. */
  covered: number;
  /** Euros they would receive. */
  requested: number;
  /** Euros actually granted. */
  amount: number;
}

/** The outcome of one applicant. */
export interface BudgetOutcome {
  id: string;
  amount: number;
  funded: boolean;
}

/** Result of {@link budgetSimulation}. */
export interface BudgetSimulation {
  budget: number;
  totalRequested: number;
  totalGranted: number;
  remaining: number;
  /** Eligible applicants funded. */
  covered: number;
  /** Eligible applicants left without funds. */
  notCovered: number;
  /** Applicants whose amount is zero. */
  ineligible: number;
  byHouseholdSize: HouseholdSizeRow[];
  outcomes: BudgetOutcome[];
}

/** Members of a household: a declared number, or the length of the members list; 0 when unknown. */
function householdSize(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return Math.max(0, Math.round(toFiniteNumber(value) ?? 0));
}

function ordered(applicants: readonly BudgetApplicant[], orderBy: BudgetOrder | undefined): BudgetApplicant[] {
  if (orderBy === undefined) return [...applicants];
  if (typeof orderBy === 'function') return [...applicants].sort(orderBy);
  const rank = new Map(orderBy.map((id, i) => [id, i]));
  const indexed = applicants.map((a, i) => ({ a, key: rank.get(a.id) ?? orderBy.length + i }));
  return indexed.sort((x, y) => x.key - y.key).map((x) => x.a);
}

/**
 * Funds applicants in order until the budget runs out. The first applicant
 * whose full amount no longer fits stops the funding: later applicants are
 * not funded even if a smaller amount would fit, because skipping ahead would
 * overturn the order (ranking or submission) the call promises.
 */
export function budgetSimulation(
  applicants: readonly BudgetApplicant[],
  config: BudgetSimulationConfig,
  evaluate: RuleEvaluator,
  orderBy?: BudgetOrder,
): BudgetSimulation {
  const field = config.householdSizeField ?? 'componenti_nucleo';
  const budgetCents = Math.max(0, toCents(config.budget));
  let remainingCents = budgetCents;
  let requestedCents = 0;
  let exhausted = false;
  let covered = 0;
  let notCovered = 0;
  let ineligible = 0;
  const sizes = new Map<number, { count: number; covered: number; requested: number; granted: number }>();
  const outcomes: BudgetOutcome[] = [];

  for (const applicant of ordered(applicants, orderBy)) {
    const cents = toCents(computeBenefit(config, applicant.answers, evaluate).amount);
    if (cents === 0) {
      ineligible += 1;
      outcomes.push({ id: applicant.id, amount: 0, funded: false });
      continue;
    }
    requestedCents += cents;
    const funded = !exhausted && cents <= remainingCents;
    if (funded) {
      remainingCents -= cents;
      covered += 1;
    } else {
      exhausted = true;
      notCovered += 1;
    }
    const size = householdSize(readPath(applicant.answers, field));
    const row = sizes.get(size) ?? { count: 0, covered: 0, requested: 0, granted: 0 };
    row.count += 1;
    row.requested += cents;
    if (funded) {
      row.covered += 1;
      row.granted += cents;
    }
    sizes.set(size, row);
    outcomes.push({ id: applicant.id, amount: fromCents(cents), funded });
  }

  return {
    budget: fromCents(budgetCents),
    totalRequested: fromCents(requestedCents),
    totalGranted: fromCents(budgetCents - remainingCents),
    remaining: fromCents(remainingCents),
    covered,
    notCovered,
    ineligible,
    byHouseholdSize: [...sizes.entries()]
      .sort(([a], [b]) => a - b)
      .map(([size, r]) => ({ size, count: r.count, covered: r.covered, requested: fromCents(r.requested), amount: fromCents(r.granted) })),
    outcomes,
  };
}
