/**
 * The runtime's `RankingConfig` read from a ranking node's props, defensively:
 * the preview, the simulator and compute() all rank with the same settings.
 */
import type { RankingConfig, RankingCriterion, TieBreaker } from '../../runtime/ranking';
import { isRule, objectsOf } from '../shared/patterns';
import { num, str } from '../shared/props';
import { TIE_BREAKER_KINDS } from './props';

const KINDS = new Set<string>(TIE_BREAKER_KINDS.map((k) => k.kind));

/** Criteria with an id, a label and a rule; others are skipped (a broken entry must not stop the ranking). */
export function rankingCriteria(value: unknown): RankingCriterion[] {
  return objectsOf(value)
    .filter((c) => str(c.id) !== undefined && isRule(c.points))
    .map((c) => ({ id: c.id as string, label: str(c.label) ?? (c.id as string), points: c.points as RankingCriterion['points'] }));
}

/** Tie-breakers of a known kind, in order. */
export function rankingTieBreakers(value: unknown): TieBreaker[] {
  return objectsOf(value)
    .filter((t) => typeof t.kind === 'string' && KINDS.has(t.kind))
    .map((t) => {
      const field = str(t.field);
      return { kind: t.kind as TieBreaker['kind'], label: str(t.label) ?? '', ...(field ? { field } : {}) };
    });
}

/** The ranking settings of a node's props, as `rankApplicants` takes them. */
export function rankingConfig(props: Record<string, unknown>): RankingConfig {
  const places = num(props.places);
  return {
    criteria: rankingCriteria(props.criteria),
    tieBreakers: rankingTieBreakers(props.tieBreakers),
    places: places !== undefined && places > 0 ? Math.floor(places) : 0,
  };
}
