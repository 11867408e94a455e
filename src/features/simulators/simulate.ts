/**
 * One simulation, as a generator: it evaluates the pattern's rules over the
 * applicants chunk by chunk, yielding progress after each chunk, then hands
 * the precomputed values to the runtime (`rankApplicants`,
 * `budgetSimulation`), which only sorts and sums. The same code runs in the
 * Web Worker and, driven to the end at once, in the synchronous fallback.
 */
import type { JsonLogicRule } from '../../model/types';
import { budgetSimulation, rankApplicants, type Answers, type RuleEvaluator } from '../../runtime';
import { evaluateRule } from '../../rules';
import type { EvaluationProblem, SimulationProgress, SimulationRequest, SimulationResult } from './simulationTypes';
import type { Applicant } from './types';

/** Applicants evaluated between two progress reports. */
export const CHUNK_SIZE = 500;

/** Budget funding order: order of submission, undated last, then as loaded. */
function bySubmission(applicants: Applicant[]): Applicant[] {
  const time = (a: Applicant) => {
    const t = Date.parse(a.submittedAt);
    return Number.isNaN(t) ? Infinity : t;
  };
  return applicants
    .map((a, i) => ({ a, i, t: time(a) }))
    .sort((x, y) => (x.t === y.t ? x.i - y.i : x.t < y.t ? -1 : 1))
    .map((x) => x.a);
}

/**
 * Runs a simulation step by step: yields `{ done, total }` every
 * {@link CHUNK_SIZE} applicants, returns the result.
 */
export function* simulate(request: SimulationRequest): Generator<SimulationProgress, SimulationResult, void> {
  const started = performance.now();
  const now = new Date(request.now);
  // The runtime reads tie-breaker fields and the household size by dotted path itself (readPath).
  const prepared = request.kind === 'budget' ? bySubmission(request.applicants) : request.applicants;
  const rules: { label: string; rule: JsonLogicRule }[] =
    request.kind === 'ranking'
      ? request.config.criteria.map((c) => ({ label: c.label, rule: c.points }))
      : [{ label: 'Importo', rule: request.config.amount }];

  // values[r][i]: result of rule r for applicant i; undefined when not computable.
  const values: unknown[][] = rules.map(() => new Array(prepared.length));
  const problems: EvaluationProblem[] = rules.map((r) => ({ label: r.label, count: 0, example: '' }));
  const total = prepared.length;
  for (let i = 0; i < total; i += 1) {
    for (let r = 0; r < rules.length; r += 1) {
      const outcome = evaluateRule(rules[r].rule, prepared[i].answers, { now });
      if (outcome.ok) values[r][i] = outcome.value;
      else {
        problems[r].count += 1;
        if (problems[r].example === '') problems[r].example = outcome.error;
      }
    }
    if ((i + 1) % CHUNK_SIZE === 0 || i + 1 === total) yield { done: i + 1, total };
  }

  // The runtime asks for (rule, answers) pairs it already has: answer from the table.
  const ruleIndex = new Map<unknown, number>(rules.map((r, i) => [r.rule, i]));
  const applicantIndex = new Map<Answers, number>(prepared.map((a, i) => [a.answers, i]));
  const cached: RuleEvaluator = (rule, data) => {
    const r = ruleIndex.get(rule);
    const i = applicantIndex.get(data);
    if (r !== undefined && i !== undefined) return values[r][i];
    const outcome = evaluateRule(rule, data, { now });
    return outcome.ok ? outcome.value : undefined;
  };
  const evaluationProblems = problems.filter((p) => p.count > 0);

  if (request.kind === 'ranking') {
    const ranking = rankApplicants(prepared, request.config, cached);
    return { kind: 'ranking', ranking, evaluationProblems, elapsedMs: performance.now() - started };
  }
  const config = { ...request.config, householdSizeField: request.householdPath };
  // Already in funding order: no orderBy, so the runtime keeps it.
  const budget = budgetSimulation(prepared, config, cached);
  return { kind: 'budget', budget, evaluationProblems, elapsedMs: performance.now() - started };
}

/** Runs a simulation to the end at once (tests, and browsers without workers). */
export function simulateNow(request: SimulationRequest, onProgress?: (p: SimulationProgress) => void): SimulationResult {
  const steps = simulate(request);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}
