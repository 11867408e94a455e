/**
 * Props of the "Beneficio economico" pattern and their schema: the runtime's
 * `BenefitConfig` (amount formula, cap, budget) plus how it is paid and the
 * explanation citizens read. Defaults: Savona's buoni spesa, €150 for one
 * person + €50 for each further member, at most €400.
 */
import type { JsonLogicRule } from '../../model/types';
import { formulaProp } from '../shared/patterns';
import { helpProp, labelProp } from '../shared/props';
import type { JsonSchema } from '../types';

export type BenefitPayout = 'iban' | 'voucher';

export interface BenefitProps extends Record<string, unknown> {
  label: string;
  help?: string;
  /** Euros per applicant: a JsonLogic formula over the answers. */
  amount: JsonLogicRule;
  /** Maximum euros per applicant. */
  cap?: number;
  /** Total euros of the measure (the budget simulator compares against it). */
  budget: number;
  payout: BenefitPayout;
  /** How the amount is worked out, in words (markdown) for the citizen. */
  explanation: string;
  /** The answer holding the household size (a number or the members list), for the simulator's chart. */
  householdSizeField?: string;
}

const members: JsonLogicRule = { count: [{ var: 'nucleo' }] };

export function defaultBenefitProps(): BenefitProps {
  return {
    label: 'Buono spesa',
    amount: { '+': [150, { '*': [50, { '-': [members, 1] }] }] },
    cap: 400,
    // The order of magnitude of Pisa's 2020 fund for buoni spesa.
    budget: 25000,
    payout: 'voucher',
    explanation:
      'Il buono vale **150 €** per una persona sola e **50 €** in più per ogni altro componente del nucleo familiare, fino a un massimo di **400 €**.',
    householdSizeField: 'nucleo',
  };
}

const euros = (title: string, description?: string): JsonSchema => ({
  type: 'number',
  title,
  minimum: 0,
  maximum: 1000000000,
  multipleOf: 0.01,
  ...(description ? { description } : {}),
});

export const benefitPropsSchema: JsonSchema = {
  type: 'object',
  required: ['label', 'amount', 'budget', 'payout'],
  properties: {
    label: { ...labelProp, title: 'Titolo per il cittadino' },
    help: helpProp,
    amount: formulaProp('Importo', '€', 'Quanto riceve chi ha diritto, in base alle risposte (es. fasce ISEE × componenti)'),
    cap: euros('Importo massimo per domanda (€)', 'Vuoto: nessun tetto'),
    budget: euros('Budget complessivo della misura (€)'),
    payout: {
      type: 'string',
      title: 'Come si riceve',
      enum: ['iban', 'voucher'],
      'x-enumNames': ['Accredito sul conto (IBAN)', 'Buono (voucher)'],
    },
    explanation: {
      type: 'string',
      title: 'Spiegazione del calcolo',
      description: 'Come si calcola l’importo, in parole semplici',
      maxLength: 5000,
      'x-widget': 'markdown',
    },
    householdSizeField: {
      type: 'string',
      title: 'Campo con il numero di componenti',
      description: 'Per il simulatore del budget (grafico per ampiezza del nucleo)',
      maxLength: 200,
      'x-widget': 'field',
    },
  },
};
