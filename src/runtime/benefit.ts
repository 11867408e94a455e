/**
 * The "Beneficio economico" pattern: the amount an applicant gets from a
 * formula, capped, with an explanation a citizen can read.
 */
import type { JsonLogicRule } from '../model/types';
import { toFiniteNumber, type Answers, type RuleEvaluator } from './evaluate';
import { formatEuro, fromCents, toCents } from './money';

/** Settings of an economic benefit. */
export interface BenefitConfig {
  /** Formula of the amount in euros (e.g. €150 + €50 per further household member). */
  amount: JsonLogicRule;
  /** Maximum amount per applicant, in euros. */
  cap?: number;
  /** Total budget of the measure, in euros (used by the simulator). */
  budget: number;
}

/** One line of the explanation shown to the citizen. */
export interface BenefitPart {
  label: string;
  /** Euros the line refers to. */
  amount: number;
  /** The line as an Italian sentence, e.g. "Tetto massimo: 400,00 €". */
  text: string;
}

/** Result of {@link computeBenefit}. */
export interface BenefitResult {
  /** Euros granted, rounded to the cent, never negative. */
  amount: number;
  /** Whether the cap reduced the amount. */
  capped: boolean;
  explanation: BenefitPart[];
}

const part = (label: string, amount: number): BenefitPart => ({ label, amount, text: `${label}: ${formatEuro(amount)}` });

/**
 * Computes the benefit of one applicant: the formula's result rounded to the
 * cent, negative results as zero, then the cap. A formula that yields no
 * number (a missing answer) grants nothing, and says so.
 */
export function computeBenefit(config: BenefitConfig, answers: Answers, evaluate: RuleEvaluator): BenefitResult {
  const raw = toFiniteNumber(evaluate(config.amount, answers));
  if (raw === undefined) {
    return {
      amount: 0,
      capped: false,
      explanation: [{ label: 'Importo non calcolabile', amount: 0, text: 'Importo non calcolabile con i dati inseriti: nessun beneficio.' }],
    };
  }
  const explanation: BenefitPart[] = [part('Importo calcolato', fromCents(toCents(raw)))];
  let cents = Math.max(0, toCents(raw));
  if (raw < 0) explanation.push({ label: 'Importo negativo', amount: 0, text: 'Il calcolo dà un importo negativo: nessun beneficio.' });
  let capped = false;
  if (config.cap !== undefined && Number.isFinite(config.cap) && cents > toCents(config.cap)) {
    cents = Math.max(0, toCents(config.cap));
    capped = true;
    explanation.push(part('Tetto massimo', fromCents(cents)));
  }
  explanation.push(part('Importo riconosciuto', fromCents(cents)));
  return { amount: fromCents(cents), capped, explanation };
}
