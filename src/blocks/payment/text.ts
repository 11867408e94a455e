/**
 * Payment texts: what the citizen reads before paying (compiled into the
 * display slot) and the canvas summary. Everything here is known from the
 * settings alone; amounts that depend on answers are shown live by the
 * preview through compute().
 */
import { fineAmountDue } from '../../runtime/fines';
import { instalmentPlan } from '../../runtime/instalments';
import { formatEuro } from '../../runtime/money';
import { formatRomeDateShort } from '../../runtime/romeTime';
import { escapeMarkdown } from '../shared/patterns';
import { str } from '../shared/props';
import { amountRule, fineSettings, instalmentSettings, paymentMode, planInput } from './config';
import { FREQUENCY_NAMES } from './props';

/** "9 rate mensili dal 30/9/2026 al 31/5/2027", or undefined when the plan is unusable. */
export function planWords(props: Record<string, unknown>): string | undefined {
  const settings = instalmentSettings(props);
  try {
    // Dates do not depend on the amount: plan a zero amount to read them.
    const plan = instalmentPlan(planInput(settings, 0));
    const [one, many] = FREQUENCY_NAMES[settings.frequency].adjective;
    const first = formatRomeDateShort(plan[0].dueDate);
    if (plan.length === 1) return `1 rata ${one} il ${first}`;
    return `${plan.length} rate ${many} dal ${first} al ${formatRomeDateShort(plan[plan.length - 1].dueDate)}`;
  } catch {
    return undefined;
  }
}

/** The fine bands in words: "entro 5 giorni dalla notifica 43,90 €; …". */
function fineWords(props: Record<string, unknown>): string | undefined {
  const fine = fineSettings(props);
  if (!fine) return undefined;
  const at = (days: number) => formatEuro(fineAmountDue(fine, days, { discountExcluded: fine.discountExcluded }).amount);
  const early = fine.discountExcluded ? [] : [`entro 5 giorni dalla notifica ${at(0)}`];
  return `Importo da pagare, spese di notifica comprese: ${[...early, `entro 60 giorni ${at(6)}`, `oltre 60 giorni ${at(61)}`].join('; ')}.`;
}

/** The citizen's text of the payment (markdown paragraphs, officials' texts escaped). */
export function paymentParagraphs(props: Record<string, unknown>): string[] {
  const mode = paymentMode(props);
  const rule = amountRule(props);
  const out: string[] = [];
  const help = str(props.help);
  if (help) out.push(escapeMarkdown(help));
  const fine = mode === 'due' ? fineWords(props) : undefined;
  if (fine) out.push(fine);
  else if (typeof rule === 'number') out.push(`Importo: **${formatEuro(rule)}**${mode === 'recurring' ? ' a rata' : ''}.`);
  else if (rule !== undefined) out.push('L’importo sarà calcolato in base alle tue risposte.');
  const reason = str(props.reason);
  if (reason) out.push(`Causale: «${escapeMarkdown(reason)}».`);
  switch (mode) {
    case 'before_submission':
      out.push('Il pagamento con pagoPA è richiesto prima dell’invio della domanda.');
      break;
    case 'after_approval':
      out.push('Pagherai con pagoPA dopo l’approvazione della domanda: riceverai l’avviso di pagamento.');
      break;
    case 'due':
      out.push('Inserisci il codice avviso di 18 cifre riportato sull’avviso di pagamento.');
      break;
    case 'recurring': {
      const plan = planWords(props);
      if (plan) out.push(`Il pagamento è in ${plan}, con pagoPA.`);
      break;
    }
  }
  return out;
}

/** Canvas summary: "9 rate mensili · importo calcolato", "prima dell’invio · 16,00 €". */
export function paymentSummary(props: Record<string, unknown>): string {
  const mode = paymentMode(props);
  const rule = amountRule(props);
  let when: string;
  if (mode === 'recurring') when = planWords(props)?.replace(/ dal .*| il .*/, '') ?? 'rate da impostare';
  else if (mode === 'due') when = 'con codice avviso';
  else when = mode === 'before_submission' ? 'prima dell’invio' : 'dopo l’approvazione';
  let amount: string;
  if (mode === 'due' && fineSettings(props)) amount = 'multa a fasce';
  else if (typeof rule === 'number') amount = formatEuro(rule);
  else amount = rule === undefined ? 'importo da impostare' : 'importo calcolato';
  return `${when} · ${amount}`;
}
