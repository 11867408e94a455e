/**
 * The read-only notice of a permit request: response time, responsible
 * office, validity and renewal, as the citizen reads them before submitting.
 */
import { num, str } from '../shared/props';
import { escapeMarkdown, objectOf } from '../shared/patterns';
import { monthsInWords } from './validity';

/** Validity and renewal read defensively from props. */
export interface PermitTerms {
  permanent: boolean;
  months?: number;
  renewable: boolean;
  renewalHowTo?: string;
  renewalDaysBefore?: number;
  office?: string;
  maxResponseDays?: number;
}

export function permitTerms(props: Record<string, unknown>): PermitTerms {
  const validity = objectOf(props.validity) ?? {};
  const renewal = objectOf(props.renewal) ?? {};
  const months = num(validity.months);
  const days = num(props.maxResponseDays);
  const before = num(renewal.daysBeforeExpiry);
  const terms: PermitTerms = {
    permanent: validity.kind === 'permanent',
    renewable: renewal.allowed === true,
  };
  if (months !== undefined && months > 0) terms.months = Math.trunc(months);
  if (days !== undefined && days >= 0) terms.maxResponseDays = Math.trunc(days);
  if (before !== undefined && before >= 0) terms.renewalDaysBefore = Math.trunc(before);
  const howTo = str(renewal.howTo)?.trim();
  if (howTo) terms.renewalHowTo = howTo;
  const office = str(props.responsibleOffice)?.trim();
  if (office) terms.office = office;
  return terms;
}

const IT = {
  response: (d: number) => `La risposta arriva entro **${d} ${d === 1 ? 'giorno' : 'giorni'}** dalla presentazione della domanda.`,
  office: (o: string) => `Ufficio responsabile: ${o}.`,
  permanent: 'Il permesso è **permanente**.',
  months: (w: string) => `Il permesso vale **${w}** dal rilascio.`,
  renewal: 'Rinnovo:',
  renewalFrom: (d: number) => `Si può chiedere da ${d} ${d === 1 ? 'giorno' : 'giorni'} prima della scadenza.`,
  noRenewal: 'Alla scadenza non si rinnova: serve una nuova domanda.',
};
const EN: typeof IT = {
  response: (d) => `You will get an answer within **${d} ${d === 1 ? 'day' : 'days'}** of submitting the request.`,
  office: (o) => `Responsible office: ${o}.`,
  permanent: 'The permit is **permanent**.',
  months: (w) => `The permit is valid for **${w}** from issue.`,
  renewal: 'Renewal:',
  renewalFrom: (d) => `It can be requested from ${d} ${d === 1 ? 'day' : 'days'} before expiry.`,
  noRenewal: 'It cannot be renewed: a new request is needed on expiry.',
};

/** The notice as markdown paragraphs (officials' texts escaped: they are plain text). */
export function permitNotice(terms: PermitTerms, language = 'it'): string {
  const t = language === 'en' ? EN : IT;
  const first: string[] = [];
  if (terms.maxResponseDays !== undefined) first.push(t.response(terms.maxResponseDays));
  if (terms.office) first.push(t.office(escapeMarkdown(terms.office)));
  const paragraphs = [first.join(' ')];
  if (terms.permanent) paragraphs.push(t.permanent);
  else if (terms.months !== undefined) paragraphs.push(t.months(monthsInWords(terms.months, language)));
  if (terms.renewable) {
    const parts = [t.renewal];
    if (terms.renewalHowTo) parts.push(escapeMarkdown(terms.renewalHowTo));
    if (terms.renewalDaysBefore !== undefined && !terms.permanent) parts.push(t.renewalFrom(terms.renewalDaysBefore));
    if (parts.length > 1) paragraphs.push(parts.join(' '));
  } else if (!terms.permanent) {
    paragraphs.push(t.noRenewal);
  }
  return paragraphs.filter((p) => p !== '').join('\n\n');
}
