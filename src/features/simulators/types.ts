/**
 * Shared types of the simulators. An applicant is the runtime's ranking
 * applicant (id, submission instant, answers): the budget simulation reads
 * the same shape, so one loaded list serves both simulators.
 */
import type { RankingApplicant } from '../../runtime';
import type { ValueKind } from '../../rules';

/** One synthetic or imported application. */
export type Applicant = RankingApplicant;

/**
 * An answer field as the simulators need it: the shape of
 * `fieldCatalog(compile(definition))` entries (label optional, so tests and
 * callers can hand-write a catalog).
 */
export interface SimulatorField {
  path: string;
  kind: ValueKind;
  label?: string;
  options?: { value: string; label: string }[];
}
