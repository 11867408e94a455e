/**
 * The payment's live result as the citizen reads it in the preview: the
 * amount, the instalment plan or the fine band, and a notice code's problem.
 */
import { formatEuro } from '../../runtime/money';
import { formatRomeDateShort } from '../../runtime/romeTime';
import type { PaymentComputed } from './compute';

/** Long plans are cut: the citizen sees the first instalments and how many follow. */
const MAX_LINES = 12;

export function paymentMarkdown(r: Omit<PaymentComputed, 'markdown' | 'receipt' | 'checkout'>, amountIs: 'each' | 'total'): string {
  const out: string[] = [];
  if (r.noticeCode && r.noticeCode.problem) out.push(`Codice avviso: ${r.noticeCode.problem}`);
  if (r.amount === null) return out.join('\n\n');
  if (r.fine) {
    out.push(`**Da pagare: ${formatEuro(r.amount)}**`, `${r.fine.label}, spese di notifica comprese.`);
  } else if (r.instalments) {
    const n = r.instalments.length;
    out.push(
      amountIs === 'total'
        ? `**Totale: ${formatEuro(r.total ?? r.amount)} in ${n} ${n === 1 ? 'rata' : 'rate'}**`
        : `**Importo di ogni rata: ${formatEuro(r.amount)}** (totale ${formatEuro(r.total ?? r.amount)})`,
    );
    const lines = r.instalments.slice(0, MAX_LINES).map((i) => `- ${i.n}ª rata, ${formatRomeDateShort(i.dueDate)}: ${formatEuro(i.amount)}`);
    if (n > MAX_LINES) lines.push(`- … e altre ${n - MAX_LINES} rate`);
    out.push(lines.join('\n'));
  } else {
    out.push(`**Importo da pagare: ${formatEuro(r.amount)}**`);
  }
  return out.join('\n\n');
}
