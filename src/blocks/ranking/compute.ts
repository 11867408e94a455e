/**
 * What the citizen preview shows for a ranking: the applicant's score with
 * its breakdown per criterion, computed by the runtime's `rankApplicants`
 * (the same code that ranks every applicant), and how the list will be used.
 */
import { rankApplicants } from '../../runtime/ranking';
import { describeRule } from '../../rules/describe';
import type { PatternReceipt } from '../shared/citizenOutputs';
import { escapeMarkdown } from '../shared/patterns';
import { labelOf, str } from '../shared/props';
import type { ComputeContext } from '../types';
import { rankingConfig } from './config';
import { pointsText, rankingReceipt } from './computeReceipt';

/** Result of the ranking's `compute()`: plain JSON. */
export type RankingComputed = {
  total: number;
  /** Points per criterion, in criteria order, with the rule in words. */
  breakdown: Array<{ criterionId: string; label: string; points: number; rule: string }>;
  places: number;
  waitingList: boolean;
  publicationDate: string | null;
  /** "Punteggio: 53 punti". */
  text: string;
  /** The score and its breakdown as the citizen reads them (markdown). */
  markdown: string;
  /** Score, breakdown table, places and publication, for the summary and the receipt. */
  receipt: PatternReceipt;
};

export function computeRanking(
  node: { key: string; props: Record<string, unknown> },
  answers: Record<string, unknown>,
  ctx: ComputeContext,
): RankingComputed {
  const config = rankingConfig(node.props);
  // One applicant: tie-breakers cannot apply, totals and breakdown are the runtime's.
  const [me] = rankApplicants(
    [{ id: node.key, submittedAt: ctx.now.toISOString(), answers }],
    { ...config, tieBreakers: [] },
    ctx.evaluate,
  ).ranked;
  const labels = ctx.labels ?? (() => undefined);
  const breakdown = me.breakdown.map((b, i) => ({
    ...b,
    rule: describeRule(config.criteria[i].points, labels),
  }));
  const publication = str(node.props.publicationDate);
  const text = `Punteggio: ${pointsText(me.total)}`;
  const lines = breakdown.map((b) => `- ${escapeMarkdown(b.label)}: ${pointsText(b.points)}`);
  return {
    total: me.total,
    breakdown,
    places: config.places,
    waitingList: node.props.waitingList === true,
    publicationDate: publication ?? null,
    text,
    markdown: [`**${text}**`, lines.join('\n')].filter(Boolean).join('\n\n'),
    receipt: rankingReceipt({
      title: labelOf(node.props, 'Graduatoria'),
      total: me.total,
      breakdown,
      places: config.places,
      waitingList: node.props.waitingList === true,
      publicationDate: publication ?? null,
      tieBreakers: config.tieBreakers,
    }),
  };
}
