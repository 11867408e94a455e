/**
 * Shared types of the simulators. An applicant is the runtime's ranking
 * applicant (id, submission instant, answers): the budget simulation reads
 * the same shape, so one loaded list serves both simulators.
 */
import type { ServiceDefinition } from '../../model/types';
import type { RankingApplicant } from '../../runtime';
import type { ValueKind } from '../../rules';
import type { PatternNode } from './settings';
import type { SimulationRunner } from './simulationRunner';

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
  options?: readonly { value: string; label: string }[];
  /** Bounds of a number field, from its schema: generated answers stay within them. */
  minimum?: number;
  maximum?: number;
}

/** Props of both simulators. */
export interface SimulatorProps {
  /** The service: its fields type the CSV columns and shape generated applications. */
  definition: ServiceDefinition;
  /** The pattern block (any node whose props hold the pattern's settings). */
  node: PatternNode;
  /** Where to compute; default a Web Worker, inline where there is none (tests). */
  runner?: SimulationRunner;
  /** Omit the h2 title, when the container already shows it (the dialog). */
  hideTitle?: boolean;
  /** Id of the h2 title, for `aria-labelledby`. */
  titleId?: string;
}
