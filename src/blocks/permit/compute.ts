/**
 * What the citizen preview shows for a permit request: the date by which the
 * Comune must decide, until when the permit would be valid, when renewal
 * opens, and which documents are still missing.
 */
import { expectedResponseDate } from '../../runtime/receipt';
import { formatRomeDateLong, formatRomeDateShort, type RomeDate } from '../../runtime/romeTime';
import type { PatternReceipt } from '../shared/citizenOutputs';
import { escapeMarkdown, objectOf, ownAnswer } from '../shared/patterns';
import { labelOf } from '../shared/props';
import { permitReceipt } from './computeReceipt';
import type { ComputeContext } from '../types';
import { permitDocuments } from './documents';
import { permitTerms } from './notice';
import { addRomeMonths, renewalOpensOn } from './validity';

/** Result of the permit's `compute()`: plain JSON. */
export type PermitComputed = {
  /** Rome date of submission ("now"). */
  submittedOn: RomeDate;
  /** Date by which the decision is due (submission + maximum response time), or null when not set. */
  expectedDecisionDate: RomeDate | null;
  /** "lunedì 1 marzo 2027". */
  expectedDecisionText: string | null;
  permanent: boolean;
  /** Last day of validity counted from the expected decision date; null when permanent or unknown. */
  validUntil: RomeDate | null;
  /** From when renewal can be asked; null when not renewable or not applicable. */
  renewalFrom: RomeDate | null;
  documents: Array<{ key: string; label: string; required: boolean; provided: boolean }>;
  /** Labels of required documents not attached yet. */
  missingDocuments: string[];
  /** Italian sentences about settings that could not be used. */
  problems: string[];
  /** The dates and missing documents as the citizen reads them (markdown). */
  markdown: string;
  /** Decision date, validity, renewal, office and documents, for the summary and the receipt. */
  receipt: PatternReceipt;
};

/** "Decisione attesa entro …; valido fino al …; documenti mancanti: …". */
function permitMarkdown(r: Omit<PermitComputed, 'markdown' | 'receipt'>): string {
  const out: string[] = [];
  if (r.expectedDecisionText) out.push(`Se presenti la domanda oggi, la risposta arriverà entro **${r.expectedDecisionText}**.`);
  if (r.validUntil) {
    const renewal = r.renewalFrom ? ` Il rinnovo si potrà chiedere dal ${formatRomeDateShort(r.renewalFrom)}.` : '';
    out.push(`Il permesso sarà valido fino al ${formatRomeDateShort(r.validUntil)}.${renewal}`);
  }
  if (r.missingDocuments.length) out.push(`Documenti ancora da allegare:\n\n${r.missingDocuments.map((d) => `- ${escapeMarkdown(d)}`).join('\n')}`);
  return out.join('\n\n');
}

export function computePermit(
  node: { key: string; props: Record<string, unknown> },
  answers: Record<string, unknown>,
  ctx: ComputeContext,
): PermitComputed {
  const terms = permitTerms(node.props);
  const problems: string[] = [];
  const submittedOn = expectedResponseDate(ctx.now, 0);
  let decision: RomeDate | null = null;
  if (terms.maxResponseDays === undefined) problems.push('Tempo massimo di risposta non indicato.');
  else decision = expectedResponseDate(ctx.now, terms.maxResponseDays);

  // Validity runs from the decision (issue); the latest decision date gives the latest expiry a citizen can expect.
  const validUntil = decision && !terms.permanent && terms.months !== undefined ? addRomeMonths(decision, terms.months) : null;
  const renewalFrom =
    validUntil && terms.renewable && terms.renewalDaysBefore !== undefined ? renewalOpensOn(validUntil, terms.renewalDaysBefore) : null;

  const own = objectOf(ownAnswer(node, answers, ctx)) ?? {};
  const documents = permitDocuments(node.props.documents).map((d) => ({
    key: d.key,
    label: d.label,
    required: d.required,
    provided: typeof own[d.key] === 'string' && own[d.key] !== '',
  }));
  const result = {
    submittedOn,
    expectedDecisionDate: decision,
    expectedDecisionText: decision ? formatRomeDateLong(decision) : null,
    permanent: terms.permanent,
    validUntil,
    renewalFrom,
    documents,
    missingDocuments: documents.filter((d) => d.required && !d.provided).map((d) => d.label),
    problems,
  };
  return { ...result, markdown: permitMarkdown(result), receipt: permitReceipt(labelOf(node.props, 'Richiesta di autorizzazione'), result, terms, own) };
}
