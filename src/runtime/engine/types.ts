/**
 * Types of the citizen-flow engine: what `runFlow` takes and returns.
 *
 * The engine is pure: no React, no DOM, no storage, and no rules engine of its
 * own. Rules are evaluated by a function the caller passes in (normally
 * `src/rules`' `evaluateRule` with `now` bound), as everywhere in `src/runtime`.
 */
import type { JsonLogicRule, ServiceDefinition } from '../../model/types';
import type { Availability } from '../schedule';

/**
 * The answers of one application. Keyed by field key at the top level (keys
 * are unique in a service, so the answers of every step live side by side);
 * a section nests its children's answers under its own key, a repeatable
 * group holds a list of such objects, composite fields (applicant, address,
 * ISEE) hold their own object. This is also what rules read: `{"var": "abitazione.tipo"}`.
 */
export type FlowAnswers = Record<string, unknown>;

/** Outcome of one rule evaluation, as `src/rules`' `evaluateRule` returns it. */
export type RuleOutcome = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Evaluates a JsonLogic rule over data at the instant `now` ("today" for
 * `today`, `age`, …). Must not throw.
 * @example (rule, data, now) => evaluateRule(rule, data, { now })
 */
export type FlowEvaluator = (rule: JsonLogicRule, data: FlowAnswers, now: Date) => RuleOutcome;

/**
 * A value computed from the answers (a score, an amount, a fee), provided by
 * a pattern block. The engine knows no block types: whoever owns the
 * registry hands it a list of providers, run in order. A provider with a
 * `ruleKey` also puts its result in the data that later providers and all
 * rules read (`{"var": "punteggio"}`); without one the result is only
 * reported in `computed` (a pattern block keyed by its node key must not
 * shadow its own answer).
 */
export interface ComputedProvider {
  /** Key of the result in `computed` (a pattern block's node key). */
  key: string;
  /** Where rules read the result, if they may. */
  ruleKey?: string;
  compute(context: ComputeContext): unknown;
}

export interface ComputeContext {
  definition: ServiceDefinition;
  /** Answers plus the values computed so far. */
  data: FlowAnswers;
  now: Date;
  evaluate: FlowEvaluator;
}

/** Options of {@link runFlow}. */
export interface RunFlowOptions {
  computed?: readonly ComputedProvider[];
}

/**
 * One requirement checked against the answers.
 *
 * `ok` is the rule's verdict as it stands. `pending` says that the rule reads
 * answers not given yet, so the verdict may still change: the preview shows
 * "da verificare" rather than a failure before the citizen has answered.
 */
export interface RequirementCheck {
  id: string;
  name: string;
  ok: boolean;
  pending: boolean;
  /** The official's message, when the requirement does not hold (or could not be evaluated). */
  message?: string;
  /** Why the rule could not be evaluated (a broken rule); the requirement then counts as not met. */
  error?: string;
}

/** A rule that could not be evaluated, with where it lives. */
export interface RuleProblem {
  /** `requirement:<id>`, `step:<id>`, `node:<id>`, `computed:<key>`. */
  where: string;
  error: string;
}

/** What the engine says about an application at an instant. */
export interface FlowState {
  /**
   * The answers that count: without those of removed or hidden fields. This
   * is what a summary shows and a submission sends.
   */
  answers: FlowAnswers;
  /** Whether the service accepts applications at `now` (status and schedule). */
  availability: Availability;
  /** Ids of the steps the citizen goes through, in order. */
  visibleSteps: string[];
  /** For each step (visible or not), the ids of its visible nodes in document order. */
  visibleNodeIds: Record<string, string[]>;
  /** Ids of hidden nodes (by their own rule or an ancestor's, or in a hidden step). */
  hiddenNodeIds: ReadonlySet<string>;
  requirements: RequirementCheck[];
  /** Every requirement holds over the answers as they stand (pending ones included: at submission their verdict is final). */
  eligible: boolean;
  /** Values of the computed providers, by key (undefined when a provider failed). */
  computed: Record<string, unknown>;
  /** Rules that could not be evaluated (shown to officials in the preview). */
  problems: RuleProblem[];
}
