/**
 * The permit's part of the summary and the receipt: the date by which the
 * Comune decides, until when the permit would be valid (or that it is
 * permanent), from when it can be renewed, the responsible office and the
 * documents attached.
 */
import { formatRomeDateLong } from '../../runtime/romeTime';
import type { PatternReceipt, ReceiptRow } from '../shared/citizenOutputs';
import type { PermitComputed } from './compute';
import type { PermitTerms } from './notice';
import { monthsInWords } from './validity';

/** "data:application/pdf;name=verbale-inps.pdf;base64,…" → "verbale-inps.pdf". */
function fileName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const m = /;name=([^;,]*)/.exec(value);
  if (!m) return 'File allegato';
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

type Result = Omit<PermitComputed, 'markdown' | 'receipt'>;

export function permitReceipt(title: string, r: Result, terms: PermitTerms, own: Record<string, unknown>): PatternReceipt {
  const rows: ReceiptRow[] = [];
  if (r.permanent) rows.push({ label: 'Validità', value: 'Permanente' });
  else if (r.validUntil && terms.months !== undefined) {
    rows.push({ label: 'Validità', value: `${monthsInWords(terms.months)} dal rilascio, fino a ${formatRomeDateLong(r.validUntil)}` });
  }
  if (r.renewalFrom) rows.push({ label: 'Rinnovo', value: `Si può chiedere da ${formatRomeDateLong(r.renewalFrom)}` });
  else if (!terms.renewable && !r.permanent) rows.push({ label: 'Rinnovo', value: 'Non rinnovabile: alla scadenza serve una nuova domanda' });
  if (terms.office) rows.push({ label: 'Ufficio responsabile', value: terms.office, settings: true });
  for (const d of r.documents) {
    const name = fileName(own[d.key]);
    if (name || d.required) rows.push({ label: d.label, value: name ?? 'Non allegato', echo: true });
  }
  const notes: string[] = [];
  if (r.validUntil) notes.push('Le date di validità e di rinnovo sono calcolate dalla data prevista della risposta: contano quelle scritte sul permesso rilasciato.');
  return {
    title,
    ...(r.expectedDecisionText ? { headline: { label: 'Risposta entro', value: r.expectedDecisionText } } : {}),
    rows,
    ...(notes.length ? { notes } : {}),
    ...(r.missingDocuments.length ? { warning: `Documenti ancora da allegare: ${r.missingDocuments.join('; ')}.` } : {}),
  };
}
