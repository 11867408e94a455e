/**
 * What the citizen preview shows for a payment: the amount (fixed or from the
 * formula), the instalment plan of a recurring fee, the amount due on a fine
 * by days since notification, and the notice code's check — all through the
 * runtime's payment functions.
 */
import { daysSinceNotification, fineAmountDue, type FineDue } from '../../runtime/fines';
import { instalmentPlan, type Instalment } from '../../runtime/instalments';
import { formatEuro, fromCents, toCents } from '../../runtime/money';
import { noticeCodeProblem } from '../../runtime/noticeCode';
import { toFiniteNumber } from '../../runtime/evaluate';
import { parseRomeDate } from '../../runtime/romeTime';
import { describeRule } from '../../rules/describe';
import type { PatternCheckout, PatternReceipt } from '../shared/citizenOutputs';
import { objectOf, ownAnswer } from '../shared/patterns';
import { labelOf, str } from '../shared/props';
import type { ComputeContext } from '../types';
import { amountRule, fineSettings, instalmentSettings, paymentMode, planInput } from './config';
import { paymentCheckout, paymentReceipt } from './computeReceipt';
import { paymentMarkdown } from './liveText';
import type { PaymentMode } from './props';

/** Result of the payment's `compute()`: plain JSON. */
export type PaymentComputed = {
  mode: PaymentMode;
  reason: string;
  /** Euros to pay (recurring: per instalment, or the total to split); null when not known yet. */
  amount: number | null;
  amountText: string | null;
  /** The amount's formula in words (a fixed amount: the number); empty for fines. */
  formula: string;
  /** Recurring: the plan and its total. */
  instalments: Instalment[] | null;
  total: number | null;
  /** Due fines: the band that applies once the notification date is known… */
  fine: (FineDue & { daysSinceNotification: number }) | null;
  /** …and every band, for the table "entro 5 giorni / entro 60 giorni / oltre". */
  fineBands: FineDue[] | null;
  /** Due: the notice code typed by the citizen and what is wrong with it. */
  noticeCode: { value: string; valid: boolean; problem: string | null } | null;
  /** Italian sentences about what could not be computed. */
  problems: string[];
  /** The amount, plan or fine band as the citizen reads them (markdown). */
  markdown: string;
  /** The payment's part of the summary and the receipt. */
  receipt: PatternReceipt;
  /** The pagoPA payment to make before submission, when one is due now and its amount is known. */
  checkout?: PatternCheckout;
};

/** Keys of the "due" answer object. */
export const NOTICE_CODE_KEY = 'notice_code';
export const NOTIFIED_ON_KEY = 'notified_on';

function validDate(value: unknown): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  try {
    parseRomeDate(s);
    return s;
  } catch {
    return undefined;
  }
}

type Node = { key: string; props: Record<string, unknown> };

/** The formula's euros, rounded to the cent, never negative; problems say why there are none. */
function formulaAmount(props: Record<string, unknown>, answers: Record<string, unknown>, ctx: ComputeContext, problems: string[]) {
  const rule = amountRule(props);
  if (rule === undefined) {
    problems.push('Importo non impostato.');
    return { amount: null, formula: '' };
  }
  const raw = toFiniteNumber(ctx.evaluate(rule, answers));
  if (raw === undefined) problems.push('Importo non calcolabile con i dati inseriti.');
  const amount = raw === undefined ? null : fromCents(Math.max(0, toCents(raw)));
  return { amount, formula: describeRule(rule, ctx.labels ?? (() => undefined)) };
}

/** The fine part of a "due" payment: bands always, the amount once the notification date is known. */
function dueFine(node: Node, answers: Record<string, unknown>, ctx: ComputeContext, result: Omit<PaymentComputed, 'markdown' | 'receipt' | 'checkout'>): boolean {
  const fine = fineSettings(node.props);
  if (!fine) return false;
  const options = { discountExcluded: fine.discountExcluded };
  result.fineBands = [0, 6, 61].map((days) => fineAmountDue(fine, days, options));
  const own = objectOf(ownAnswer(node, answers, ctx)) ?? {};
  const notifiedOn = validDate(own[NOTIFIED_ON_KEY]);
  if (!notifiedOn) return true;
  const days = daysSinceNotification(notifiedOn, ctx.now);
  if (days < 0) {
    result.problems.push('La data di notifica è nel futuro.');
    return true;
  }
  result.fine = { ...fineAmountDue(fine, days, options), daysSinceNotification: days };
  result.amount = result.fine.amount;
  result.total = result.fine.amount;
  return true;
}

export function computePayment(node: Node, answers: Record<string, unknown>, ctx: ComputeContext): PaymentComputed {
  const props = node.props;
  const mode = paymentMode(props);
  const result: Omit<PaymentComputed, 'markdown' | 'receipt' | 'checkout'> = {
    mode,
    reason: str(props.reason) ?? '',
    amount: null,
    amountText: null,
    formula: '',
    instalments: null,
    total: null,
    fine: null,
    fineBands: null,
    noticeCode: null,
    problems: [],
  };

  if (mode === 'due') {
    const code = str((objectOf(ownAnswer(node, answers, ctx)) ?? {})[NOTICE_CODE_KEY]);
    if (code) {
      const problem = noticeCodeProblem(code) ?? null;
      result.noticeCode = { value: code, valid: problem === null, problem };
    }
  }
  // A fine's amount follows the bands; any other payment follows its formula.
  if (!(mode === 'due' && dueFine(node, answers, ctx, result))) {
    const { amount, formula } = formulaAmount(props, answers, ctx, result.problems);
    result.amount = amount;
    result.total = amount;
    result.formula = formula;
  }

  if (mode === 'recurring' && result.amount !== null) {
    try {
      const plan = instalmentPlan(planInput(instalmentSettings(props), result.amount));
      result.instalments = plan;
      result.total = fromCents(plan.reduce((sum, i) => sum + toCents(i.amount), 0));
    } catch (error) {
      result.problems.push(error instanceof RangeError ? error.message : 'Piano delle rate non calcolabile.');
    }
  }
  result.amountText = result.amount === null ? null : formatEuro(result.amount);
  const settings = instalmentSettings(props);
  const notifiedOn = mode === 'due' ? validDate((objectOf(ownAnswer(node, answers, ctx)) ?? {})[NOTIFIED_ON_KEY]) : undefined;
  const receipt = paymentReceipt(labelOf(props, 'Pagamento'), result, settings.frequency, settings.amountIs, notifiedOn);
  const checkout = paymentCheckout(result);
  return { ...result, markdown: paymentMarkdown(result, settings.amountIs), receipt, ...(checkout ? { checkout } : {}) };
}
