/**
 * What goes to the simulation worker and what comes back. Plain data only:
 * everything here crosses `postMessage` (structured clone).
 */
import type { BenefitConfig, BudgetSimulation, RankingConfig, RankingResult } from '../../runtime';
import type { Applicant } from './types';

/** A simulation to run. `now` (ISO instant) is the "today" of rules such as age. */
export type SimulationRequest =
  | { kind: 'ranking'; applicants: Applicant[]; config: RankingConfig; now: string }
  | {
      kind: 'budget';
      applicants: Applicant[];
      config: BenefitConfig;
      /** Answer path of the household size (a number or the members list), for the chart. */
      householdPath?: string;
      now: string;
    };

/** Applicants evaluated so far. */
export interface SimulationProgress {
  done: number;
  total: number;
}

/** A rule that could not be computed for some applicants (usually missing answers). */
export interface EvaluationProblem {
  /** The criterion's label, or "Importo". */
  label: string;
  count: number;
  /** The first error, in Italian. */
  example: string;
}

/** The outcome, with the time spent computing it (in the worker, without transfers). */
export type SimulationResult =
  | { kind: 'ranking'; ranking: RankingResult; evaluationProblems: EvaluationProblem[]; elapsedMs: number }
  | { kind: 'budget'; budget: BudgetSimulation; evaluationProblems: EvaluationProblem[]; elapsedMs: number };

/** Messages from the worker. */
export type WorkerReply =
  | ({ type: 'progress' } & SimulationProgress)
  | { type: 'result'; result: SimulationResult }
  | { type: 'error'; message: string };
