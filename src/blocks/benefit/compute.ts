/**
 * What the citizen preview shows for an economic benefit: the amount with its
 * explanation (the runtime's `computeBenefit`: formula, rounding, cap), the
 * formula in words, and whether the IBAN given can receive it.
 */
import { computeBenefit, type BenefitPart } from '../../runtime/benefit';
import { formatEuro } from '../../runtime/money';
import { describeRule } from '../../rules/describe';
import { isItalianIban } from '../iban/ibanFormats';
import type { PatternReceipt } from '../shared/citizenOutputs';
import { objectOf, ownAnswer } from '../shared/patterns';
import { labelOf, str } from '../shared/props';
import type { ComputeContext } from '../types';
import { benefitConfig, benefitPayout } from './config';
import { benefitReceipt, bracketText } from './computeReceipt';
import type { BenefitPayout } from './props';

/** Key of the IBAN inside the benefit's answer. */
export const BENEFIT_IBAN_KEY = 'iban';

/** Result of the benefit's `compute()`: plain JSON. */
export type BenefitComputed = {
  /** Euros granted (0 when not computable). */
  amount: number;
  amountText: string;
  capped: boolean;
  /** The runtime's lines: "Importo calcolato: 550,00 €", "Tetto massimo: 400,00 €", … */
  explanation: BenefitPart[];
  /** The formula in words. */
  formula: string;
  payout: BenefitPayout;
  /** With IBAN payout: the IBAN typed so far and whether it is a valid Italian one. */
  iban: { value: string; valid: boolean } | null;
  budget: number;
  /** The amount and its explanation as the citizen reads them (markdown). */
  markdown: string;
  /** The amount with its bracket and cap, for the summary and the receipt. */
  receipt: PatternReceipt;
};

/** The last line (the amount granted, or why there is none) in bold, the steps before it as a list. */
function explanationMarkdown(parts: readonly BenefitPart[]): string {
  const last = parts.at(-1);
  if (!last) return '';
  const steps = parts.slice(0, -1).map((p) => `- ${p.text}`);
  return [`**${last.text}**`, steps.join('\n')].filter(Boolean).join('\n\n');
}

export function computeBenefitNode(
  node: { key: string; props: Record<string, unknown> },
  answers: Record<string, unknown>,
  ctx: ComputeContext,
): BenefitComputed {
  const config = benefitConfig(node.props);
  const result = computeBenefit(config, answers, ctx.evaluate);
  const payout = benefitPayout(node.props);
  const typed = payout === 'iban' ? str((objectOf(ownAnswer(node, answers, ctx)) ?? {})[BENEFIT_IBAN_KEY]) : undefined;
  const iban = typed ? { value: typed, valid: isItalianIban(typed) } : null;
  const bracket = bracketText(config.amount, answers, ctx);
  return {
    amount: result.amount,
    amountText: formatEuro(result.amount),
    capped: result.capped,
    explanation: result.explanation,
    formula: config.amount === null ? '' : describeRule(config.amount, ctx.labels ?? (() => undefined)),
    payout,
    iban,
    budget: config.budget,
    markdown: explanationMarkdown(result.explanation),
    receipt: benefitReceipt({
      title: labelOf(node.props, 'Beneficio economico'),
      amount: result.amount,
      capped: result.capped,
      explanation: result.explanation,
      payout,
      iban,
      ...(bracket ? { bracket } : {}),
    }),
  };
}
