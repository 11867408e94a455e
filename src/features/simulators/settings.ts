/**
 * Reads a pattern block's props into the runtime configs the simulators run.
 * Props come from a stored file and an inspector still being built, so they
 * are checked here rather than trusted: each problem becomes an Italian
 * sentence the simulator shows, and only what is well formed is used.
 */
import type { JsonLogicRule } from '../../model/types';
import type { BenefitConfig, RankingConfig, RankingCriterion, TieBreaker } from '../../runtime';

/** The part of a flow node the simulators read: any node with props (the ranking or benefit block). */
export interface PatternNode {
  type?: string;
  props: Record<string, unknown>;
}

/** A ranking block's settings, as the simulator uses them. */
export interface RankingSettings {
  config: RankingConfig;
  /**
   * How many non-admitted applicants form the waiting list: `Infinity` for
   * all of them (the default), 0 when the call keeps no waiting list.
   */
  waitingListSize: number;
  /** "YYYY-MM-DD"; rules with `today` or `age` are evaluated as of this date. */
  publicationDate?: string;
  /** Problems with the settings, in Italian; `blocking` ones prevent a simulation. */
  problems: { message: string; blocking: boolean }[];
}

/** A benefit block's settings, as the simulator uses them. */
export interface BenefitSettings {
  config: BenefitConfig;
  /** Field key of the household size, when the block names it. */
  householdSizeField?: string;
  payout?: string;
  problems: { message: string; blocking: boolean }[];
}

const TIE_BREAKER_KINDS: readonly TieBreaker['kind'][] = ['answer-asc', 'answer-desc', 'submitted-asc', 'criterion-desc', 'criterion-asc'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const isRule = (v: unknown): v is JsonLogicRule => v !== undefined && typeof v !== 'function';

/** Reads the props of a ranking block (`criteria`, `tieBreakers`, `places`, `waitingList`, `publicationDate`). */
export function rankingSettingsOf(node: PatternNode): RankingSettings {
  const p = node.props ?? {};
  const problems: RankingSettings['problems'] = [];
  const criteria: RankingCriterion[] = [];
  (Array.isArray(p.criteria) ? p.criteria : []).forEach((c: unknown, i) => {
    if (!isObject(c) || !isRule(c.points)) {
      problems.push({ message: `Il criterio n. ${i + 1} non ha una regola di punteggio: non viene considerato.`, blocking: false });
      return;
    }
    const id = text(c.id) ?? `criterio_${i + 1}`;
    criteria.push({ id, label: text(c.label) ?? id, points: c.points });
  });
  if (criteria.length === 0) problems.push({ message: 'La graduatoria non ha ancora criteri di punteggio: aggiungerne almeno uno.', blocking: true });

  const tieBreakers: TieBreaker[] = [];
  for (const t of Array.isArray(p.tieBreakers) ? p.tieBreakers : []) {
    if (!isObject(t) || !TIE_BREAKER_KINDS.includes(t.kind as TieBreaker['kind'])) continue;
    const kind = t.kind as TieBreaker['kind'];
    if (kind !== 'submitted-asc' && !text(t.field)) {
      problems.push({ message: `Un criterio di parità («${text(t.label) ?? kind}») non indica il campo: non viene considerato.`, blocking: false });
      continue;
    }
    tieBreakers.push({ kind, label: text(t.label) ?? kind, ...(text(t.field) ? { field: t.field as string } : {}) });
  }

  const placesValue = finite(p.places);
  if (placesValue === undefined || placesValue < 0) {
    problems.push({ message: 'Indicare i posti disponibili: senza, nessuno risulta ammesso.', blocking: false });
  }
  const places = Math.max(0, Math.floor(placesValue ?? 0));

  // `waitingList` is a yes/no in the block, or the length of the list; absent means "everyone not admitted".
  const w = p.waitingList;
  const waitingListSize = w === false ? 0 : typeof w === 'number' && Number.isFinite(w) && w >= 0 ? Math.floor(w) : Infinity;
  const date = text(p.publicationDate);
  return {
    config: { criteria, tieBreakers, places },
    waitingListSize,
    ...(date && /^\d{4}-\d{2}-\d{2}/.test(date) ? { publicationDate: date.slice(0, 10) } : {}),
    problems,
  };
}

/** Reads the props of a benefit block (`amount`, `cap`, `budget`, `payout`, optionally `householdSizeField`). */
export function benefitSettingsOf(node: PatternNode): BenefitSettings {
  const p = node.props ?? {};
  const problems: BenefitSettings['problems'] = [];
  const amount = isRule(p.amount) && p.amount !== null ? p.amount : undefined;
  if (amount === undefined) problems.push({ message: 'Il beneficio non ha ancora la formula dell’importo.', blocking: true });
  const budget = finite(p.budget);
  if (budget === undefined || budget <= 0) problems.push({ message: 'Indicare il budget complessivo della misura (in euro).', blocking: true });
  const cap = finite(p.cap);
  if (p.cap !== undefined && p.cap !== null && (cap === undefined || cap < 0)) {
    problems.push({ message: 'Il tetto massimo non è un importo valido: non viene applicato.', blocking: false });
  }
  return {
    config: { amount: amount ?? null, budget: budget ?? 0, ...(cap !== undefined && cap >= 0 ? { cap } : {}) },
    ...(text(p.householdSizeField) ? { householdSizeField: p.householdSizeField as string } : {}),
    ...(text(p.payout) ? { payout: p.payout as string } : {}),
    problems,
  };
}
