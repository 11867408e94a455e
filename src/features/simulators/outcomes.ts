/**
 * The outcome of each applicant as the simulators show and export it, and
 * the CSV exports of both simulations (Italian column names: the files go to
 * the office, which opens them in Excel).
 */
import type { BudgetOutcome, RankedApplicant } from '../../runtime';
import { writeCsv, type CsvCell } from './csv';

/** Admitted, on the waiting list (with its position), or left out (beyond a limited waiting list). */
export type RankingOutcome = { kind: 'admitted' } | { kind: 'waiting'; position: number } | { kind: 'excluded' };

/** The outcome of a ranked applicant given the waiting list's length (`Infinity`: no limit). */
export function rankingOutcome(r: RankedApplicant, waitingListSize: number): RankingOutcome {
  if (r.admitted) return { kind: 'admitted' };
  const position = r.waitingListPosition ?? Infinity;
  return position <= waitingListSize ? { kind: 'waiting', position } : { kind: 'excluded' };
}

/** Counts for the ranking's summary. */
export function rankingCounts(ranked: readonly RankedApplicant[], waitingListSize: number) {
  let admitted = 0;
  let waiting = 0;
  let ties = 0;
  for (const r of ranked) {
    const o = rankingOutcome(r, waitingListSize);
    if (o.kind === 'admitted') admitted += 1;
    else if (o.kind === 'waiting') waiting += 1;
    if (r.unresolvedTie) ties += 1;
  }
  return { admitted, waiting, excluded: ranked.length - admitted - waiting, ties };
}

const OUTCOME_TEXT = { admitted: 'ammessa', waiting: 'lista d’attesa', excluded: 'non ammessa' } as const;

/**
 * The ranked list as CSV: position, id, total, one column per criterion,
 * outcome, waiting-list position, unresolved tie.
 */
export function rankingCsv(ranked: readonly RankedApplicant[], waitingListSize: number): string {
  const criteria = ranked[0]?.breakdown.map((b) => b.label) ?? [];
  const rows: CsvCell[][] = [['posizione', 'id', 'punteggio', ...criteria, 'esito', 'posizione_lista_attesa', 'parita_non_risolta']];
  for (const r of ranked) {
    const o = rankingOutcome(r, waitingListSize);
    rows.push([
      r.position,
      r.id,
      r.total,
      ...r.breakdown.map((b) => b.points),
      OUTCOME_TEXT[o.kind],
      o.kind === 'waiting' ? o.position : '',
      r.unresolvedTie ? 'sì' : 'no',
    ]);
  }
  return writeCsv(rows);
}

/** The budget outcome of one application: funded, not funded (budget exhausted), or no amount. */
export type BudgetOutcomeKind = 'funded' | 'notFunded' | 'noAmount';

export const budgetOutcomeKind = (o: BudgetOutcome): BudgetOutcomeKind => (o.amount === 0 ? 'noAmount' : o.funded ? 'funded' : 'notFunded');

const BUDGET_TEXT = { funded: 'finanziata', notFunded: 'non finanziata (budget esaurito)', noAmount: 'nessun importo' } as const;

/** The budget outcomes as CSV, in funding order. */
export function budgetCsv(outcomes: readonly BudgetOutcome[]): string {
  const rows: CsvCell[][] = [['ordine', 'id', 'importo', 'esito']];
  outcomes.forEach((o, i) => rows.push([i + 1, o.id, o.amount, BUDGET_TEXT[budgetOutcomeKind(o)]]));
  return writeCsv(rows);
}
