/**
 * "Graduatoria": criteria that give points through rules, tie-breakers,
 * places and waiting list. The citizen answers the service's own fields;
 * this block adds no input, only the score shown in the preview.
 */
import { formatRomeDateShort } from '../../runtime/romeTime';
import { escapeMarkdown, patternDisplay, plural, ruleAt, titledMarkdown } from '../shared/patterns';
import { labelOf, str } from '../shared/props';
import type { BlockDefinition } from '../types';
import { computeRanking } from './compute';
import { rankingConfig } from './config';
import { defaultRankingProps, rankingPropsSchema, type RankingProps } from './props';

/** A date for citizens, or the raw text when it is not a valid date (never throws). */
function dateText(date: string): string {
  try {
    return formatRomeDateShort(date);
  } catch {
    return date;
  }
}

/** The citizen's text before any answer: what counts and how the list is used. */
function rankingMarkdown(props: Record<string, unknown>, language: string): string {
  const config = rankingConfig(props);
  const en = language === 'en';
  const intro = en
    ? 'Your score will be calculated from your answers, by these criteria:'
    : 'Il punteggio sarà calcolato in base alle risposte, secondo questi criteri:';
  const list = config.criteria.map((c) => `- ${escapeMarkdown(c.label)}`).join('\n');
  const tail: string[] = [];
  if (config.places > 0) tail.push(en ? `Places available: ${config.places}.` : `Posti disponibili: ${config.places}.`);
  if (props.waitingList === true) {
    tail.push(en ? 'Applicants beyond the places stay on a waiting list.' : 'Chi non rientra nei posti resta in lista d’attesa.');
  }
  const date = str(props.publicationDate);
  if (date) tail.push(en ? `The ranking is published on ${dateText(date)}.` : `La graduatoria sarà pubblicata il ${dateText(date)}.`);
  const help = str(props.help);
  return titledMarkdown(labelOf(props, rankingBlock.label.it), help && escapeMarkdown(help), list ? `${intro}\n\n${list}` : undefined, tail.join(' '));
}

export const rankingBlock: BlockDefinition<RankingProps> = {
  type: 'ranking',
  label: { it: 'Graduatoria', en: 'Ranking list' },
  description: {
    it: 'Punteggio per criteri, spareggi, posti disponibili e lista d’attesa',
    en: 'Points by criteria, tie-breakers, places and waiting list',
  },
  // A podium.
  icon: 'M3 21h18M9 21V9h6v12M3 21v-7h6M15 21v-4h6v4M11 5.5l1-2 1 2',
  group: 'patterns',
  defaultKey: 'graduatoria',
  defaultProps: defaultRankingProps,
  propsSchema: rankingPropsSchema,
  technicalProps: ['exportCode'],
  // The editor's «Simula»: many generated or loaded applications ranked by these criteria.
  simulator: 'ranking',
  compile(node, ctx) {
    const out = patternDisplay('ranking', labelOf(node.props, rankingBlock.label.it), rankingMarkdown(node.props, ctx.language));
    const code = str(node.props.exportCode);
    if (code) out.schema!['x-export-code'] = code;
    return out;
  },
  summary(node) {
    const config = rankingConfig(node.props);
    const parts = [plural(config.criteria.length, 'criterio', 'criteri'), plural(config.places, 'posto', 'posti')];
    if (node.props.waitingList === true) parts.push('lista d’attesa');
    return parts.join(' · ');
  },
  rules(node) {
    const criteria = Array.isArray(node.props.criteria) ? node.props.criteria : [];
    return criteria.flatMap((c, i) => ruleAt(`/props/criteria/${i}/points`, (c as { points?: unknown } | null)?.points));
  },
  compute: (node, answers, ctx) => computeRanking(node, answers, ctx),
};
