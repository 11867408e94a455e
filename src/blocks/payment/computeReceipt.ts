/**
 * The payment's part of the summary and the receipt — the amount, when and
 * how it is paid, the instalment plan or the bands of a fine as a table —
 * and the pagoPA checkout the preview runs before submission (one-off
 * payments before submission, and payments due once the notice code and
 * the amount are known).
 */
import { formatEuro } from '../../runtime/money';
import { normalizeNoticeCode } from '../../runtime/noticeCode';
import { formatRomeDateLong, formatRomeDateShort } from '../../runtime/romeTime';
import type { FineBand } from '../../runtime/fines';
import type { PatternCheckout, PatternReceipt } from '../shared/citizenOutputs';
import type { PaymentComputed } from './compute';
import { FREQUENCY_NAMES } from './props';

type Result = Omit<PaymentComputed, 'markdown' | 'receipt' | 'checkout'>;

/** When each band applies, as the table's first column says it. */
const BAND_WHEN: Record<FineBand, string> = {
  'discount-30': 'Entro 5 giorni (sconto del 30%)',
  reduced: 'Dal 6° al 60° giorno',
  'half-maximum': 'Dopo il 60° giorno',
};

const WHEN: Record<PaymentComputed['mode'], string> = {
  before_submission: 'Prima dell’invio della domanda, con pagoPA',
  after_approval: 'Dopo l’approvazione della domanda, con pagoPA',
  due: 'Ora, con pagoPA',
  recurring: 'A rate, con pagoPA',
};

function fineTable(r: Result): PatternReceipt['table'] {
  if (!r.fineBands) return undefined;
  // With the discount excluded the first two bands coincide.
  const bands = r.fineBands.filter((b, i, all) => all.findIndex((x) => x.band === b.band) === i);
  return {
    caption: 'Importi per giorni dalla notifica',
    columns: ['Quando paghi', 'Sanzione', 'Spese di notifica', 'Totale'],
    rows: bands.map((b) => ({
      cells: [BAND_WHEN[b.band], formatEuro(b.sanction), formatEuro(b.notificationCosts), formatEuro(b.amount)],
      ...(r.fine?.band === b.band ? { current: true } : {}),
    })),
  };
}

function planTable(r: Result): PatternReceipt['table'] {
  if (!r.instalments) return undefined;
  return {
    caption: 'Piano delle rate',
    columns: ['Rata', 'Scadenza', 'Importo'],
    rows: r.instalments.map((i) => ({ cells: [`${i.n}ª`, formatRomeDateShort(i.dueDate), formatEuro(i.amount)] })),
    total: ['Totale', '', formatEuro(r.total ?? 0)],
  };
}

export function paymentReceipt(title: string, r: Result, frequency: keyof typeof FREQUENCY_NAMES, amountIs: 'each' | 'total', notifiedOn?: string): PatternReceipt {
  const rows: PatternReceipt['rows'] = [];
  if (r.reason) rows.push({ label: 'Causale', value: r.reason, settings: true });
  rows.push({ label: 'Quando si paga', value: WHEN[r.mode], settings: true });
  const notes: string[] = [];
  let headline: PatternReceipt['headline'];
  if (r.amountText) headline = { label: 'Importo da pagare', value: r.amountText };

  if (r.mode === 'due') {
    if (r.noticeCode) rows.push({ label: 'Codice avviso', value: r.noticeCode.value, echo: true });
    if (notifiedOn) rows.push({ label: 'Data di notifica', value: formatRomeDateLong(notifiedOn), echo: true });
    if (r.fine) {
      const d = r.fine.daysSinceNotification;
      rows.push({ label: 'Giorni dalla notifica', value: d === 1 ? '1 giorno' : `${d} giorni` });
      rows.push({ label: 'Fascia', value: r.fine.label });
    }
  } else if (r.mode === 'recurring' && r.instalments && r.amountText) {
    const n = r.instalments.length;
    const [one, many] = FREQUENCY_NAMES[frequency].adjective;
    if (amountIs === 'each') headline = { label: 'Importo di ogni rata', value: r.amountText };
    else headline = { label: 'Totale da pagare', value: formatEuro(r.total ?? r.amount ?? 0) };
    rows.push({ label: 'Rate', value: `${n} ${n === 1 ? `rata ${one}` : `rate ${many}`}` });
    rows.push({ label: 'Totale', value: formatEuro(r.total ?? 0) });
    notes.push('Per ogni rata riceverai un avviso di pagamento pagoPA: puoi pagarlo online, con l’app IO o presso gli sportelli aderenti.');
  } else if (r.mode === 'after_approval') {
    notes.push('Non devi pagare ora: dopo l’approvazione della domanda riceverai l’avviso di pagamento pagoPA, anche nell’app IO.');
  } else if (r.mode === 'before_submission' && r.amount !== null && r.amount > 0) {
    notes.push('Il pagamento con pagoPA è richiesto prima dell’invio della domanda.');
  }
  const table = r.mode === 'due' ? fineTable(r) : planTable(r);
  const problems = r.problems.filter((p) => p !== 'Importo non calcolabile con i dati inseriti.');
  return {
    title,
    ...(headline ? { headline } : {}),
    rows,
    ...(table ? { table } : {}),
    ...(notes.length ? { notes } : {}),
    ...(r.noticeCode?.problem ? { warning: `Codice avviso: ${r.noticeCode.problem}` } : problems.length ? { warning: problems.join(' ') } : {}),
  };
}

/** What the citizen pays with pagoPA before submitting, when it is known and due now. */
export function paymentCheckout(r: Result): PatternCheckout | undefined {
  if (r.amount === null || r.amount <= 0) return undefined;
  if (r.mode === 'before_submission') return { amount: r.amount, reason: r.reason };
  if (r.mode === 'due' && r.noticeCode?.valid && (r.fine || r.fineBands === null)) {
    return { amount: r.amount, reason: r.reason, noticeCode: normalizeNoticeCode(r.noticeCode.value) };
  }
  return undefined;
}
