/**
 * Pure helpers of the tie-breakers control: which answers a tie-breaker may
 * compare, and the sentence citizens read, written for the official until
 * they write their own.
 */
import type { TieBreaker } from '../../../../runtime/ranking';
import type { CatalogField, FieldCatalog } from '../../../rules';

export type TieBreakerKind = TieBreaker['kind'];

/** A stored tie-breaker (other keys from newer files are kept). */
export type StoredTieBreaker = Record<string, unknown> & { kind?: unknown; field?: unknown; label?: unknown };

/** Whether a kind compares an answer (`field` = answer path) or a criterion (`field` = criterion id). */
export const comparesAnswer = (kind: unknown): boolean => kind === 'answer-asc' || kind === 'answer-desc';
export const comparesCriterion = (kind: unknown): boolean => kind === 'criterion-asc' || kind === 'criterion-desc';

const KINDS: readonly TieBreakerKind[] = ['answer-asc', 'answer-desc', 'criterion-desc', 'criterion-asc', 'submitted-asc'];

const ORDERED = new Set(['number', 'money', 'date', 'text', 'choice']);

/**
 * Answers that can order applicants: one value per application (no list
 * items, no lists, no yes/no), comparable — amounts, numbers, dates, texts.
 */
export function comparableFields(fields: FieldCatalog): CatalogField[] {
  return fields.filter((f) => !f.list && ORDERED.has(f.kind));
}

/** The sentence for a tie-breaker, given how to name its field; `undefined` while the field is missing. */
export function autoLabel(
  t: (key: string, values?: Record<string, unknown>) => string,
  tie: StoredTieBreaker,
  nameOf: (field: string) => string | undefined,
): string | undefined {
  const kind = tie.kind as TieBreakerKind;
  if (kind === 'submitted-asc') return t('tieBreakers.auto.submitted-asc');
  if (!comparesAnswer(kind) && !comparesCriterion(kind)) return undefined;
  const field = typeof tie.field === 'string' ? tie.field : '';
  const name = field ? nameOf(field) : undefined;
  return name ? t(`tieBreakers.auto.${kind}`, { name }) : undefined;
}

/**
 * The tie-breaker after a change of kind or field: a field that no longer
 * fits is dropped, and the label follows while it is still the written-for-you
 * one (or empty), never once the official has written their own.
 */
export function withChange(
  tie: StoredTieBreaker,
  patch: { kind?: TieBreakerKind; field?: string },
  label: (tie: StoredTieBreaker) => string | undefined,
): StoredTieBreaker {
  const next: StoredTieBreaker = { ...tie, ...patch };
  if (patch.kind !== undefined) {
    const sameTarget = (comparesAnswer(tie.kind) && comparesAnswer(patch.kind)) || (comparesCriterion(tie.kind) && comparesCriterion(patch.kind));
    if (!sameTarget || patch.kind === 'submitted-asc') delete next.field;
  }
  if (patch.field === '') delete next.field;
  const current = typeof tie.label === 'string' ? tie.label.trim() : '';
  // Written for the official: what any rule would say about the same field (a kind was switched, a field
  // is still to be chosen) — so the label keeps following until the official types their own.
  const written = KINDS.some((kind) => current === label({ ...tie, kind }));
  if (current === '' || written) {
    const fresh = label(next);
    if (fresh) next.label = fresh;
  }
  return next;
}
