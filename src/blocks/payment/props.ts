/**
 * Props of the "Pagamento" pattern and their schema. Defaults: Manfredonia's
 * school canteen (fee per meal by ISEE bracket, €4.50 without ISEE or for
 * non-residents), billed as a flat monthly quota of 20 meals in 9 monthly
 * instalments over the school year. The fine settings (mode "due") follow
 * the Codice della strada bands as Castenaso explains them.
 */
import type { FineAmounts } from '../../runtime/fines';
import type { InstalmentFrequency } from '../../runtime/instalments';
import type { JsonLogicRule } from '../../model/types';
import { formulaProp } from '../shared/patterns';
import { helpProp, labelProp } from '../shared/props';
import type { JsonSchema } from '../types';

export type PaymentMode = 'before_submission' | 'after_approval' | 'due' | 'recurring';

export interface PaymentInstalments extends Record<string, unknown> {
  frequency: InstalmentFrequency;
  /** First due date, `'YYYY-MM-DD'`. */
  start: string;
  /** Last possible due date (included); with `count` too, whichever comes first. */
  end?: string;
  count?: number;
  /** Whether `amount` is each instalment's amount or a total split across them. */
  amountIs: 'each' | 'total';
}

export interface PaymentFine extends FineAmounts, Record<string, unknown> {
  /** The payment due is a traffic fine: its amount follows the bands, not `amount`. */
  enabled: boolean;
  /** No 30% discount (offences with confiscation or licence suspension). */
  discountExcluded?: boolean;
}

export interface PaymentProps extends Record<string, unknown> {
  label: string;
  help?: string;
  mode: PaymentMode;
  /** Euros: a number (fixed) or a JsonLogic formula over the answers. */
  amount: JsonLogicRule;
  /** Causale: at most 60 characters (pagoPA). */
  reason: string;
  instalments: PaymentInstalments;
  fine: PaymentFine;
  /** pagoPA settings (technical). */
  entityTaxCode: string;
  taxonomyCode: string;
  gateway: string;
}

/** Manfredonia 2019: €/meal by ISEE; no ISEE or not resident → €4.50; × 20 meals a month. */
const CANTEEN_MONTHLY_QUOTA: JsonLogicRule = {
  '*': [
    {
      if: [
        { '!': [{ var: 'residente' }] },
        4.5,
        { bracket: [{ var: 'isee.value' }, [[6000, 2], [9360, 3.5], [15000, 4]], 4.5] },
      ],
    },
    20,
  ],
};

export function defaultPaymentProps(): PaymentProps {
  return {
    label: 'Retta della mensa scolastica',
    help: 'La quota mensile dipende dall’ISEE: 20 pasti al mese alla tariffa della tua fascia.',
    mode: 'recurring',
    amount: structuredClone(CANTEEN_MONTHLY_QUOTA),
    reason: 'Mensa scolastica - quota mensile',
    instalments: { frequency: 'monthly', start: '2026-09-30', count: 9, amountIs: 'each' },
    fine: { enabled: true, reduced: 42, maximum: 173, notificationCosts: 14.5, discountExcluded: false },
    entityTaxCode: '',
    taxonomyCode: '',
    gateway: '',
  };
}

export const PAYMENT_MODES: ReadonlyArray<{ mode: PaymentMode; name: string }> = [
  { mode: 'before_submission', name: 'Prima dell’invio della domanda' },
  { mode: 'after_approval', name: 'Dopo l’approvazione' },
  { mode: 'due', name: 'Pagamento dovuto (es. multa, con codice avviso)' },
  { mode: 'recurring', name: 'Ricorrente, a rate' },
];

export const FREQUENCY_NAMES: Record<InstalmentFrequency, { name: string; adjective: [string, string] }> = {
  monthly: { name: 'Mensile', adjective: ['mensile', 'mensili'] },
  bimonthly: { name: 'Bimestrale', adjective: ['bimestrale', 'bimestrali'] },
  quarterly: { name: 'Trimestrale', adjective: ['trimestrale', 'trimestrali'] },
  yearly: { name: 'Annuale', adjective: ['annuale', 'annuali'] },
};

const euros = (title: string): JsonSchema => ({ type: 'number', title, minimum: 0, maximum: 1000000, multipleOf: 0.01 });

export const paymentPropsSchema: JsonSchema = {
  type: 'object',
  required: ['label', 'mode', 'amount', 'reason'],
  properties: {
    label: { ...labelProp, title: 'Titolo per il cittadino' },
    help: helpProp,
    mode: {
      type: 'string',
      title: 'Quando si paga',
      enum: PAYMENT_MODES.map((m) => m.mode),
      'x-enumNames': PAYMENT_MODES.map((m) => m.name),
    },
    amount: formulaProp('Importo', '€', 'Un importo fisso o una formula sulle risposte (per le rate: l’importo indicato sotto)'),
    reason: {
      type: 'string',
      title: 'Causale',
      description: 'Al massimo 60 caratteri: è il limite di pagoPA',
      minLength: 1,
      maxLength: 60,
      'x-messages': {
        minLength: 'Scrivi la causale del pagamento',
        maxLength: 'La causale può contenere al massimo 60 caratteri (limite di pagoPA)',
      },
    },
    instalments: {
      type: 'object',
      title: 'Rate',
      required: ['frequency', 'start', 'amountIs'],
      'x-show-when': { mode: ['recurring'] },
      properties: {
        frequency: {
          type: 'string',
          title: 'Frequenza',
          enum: Object.keys(FREQUENCY_NAMES),
          'x-enumNames': Object.values(FREQUENCY_NAMES).map((f) => f.name),
        },
        start: { type: 'string', title: 'Scadenza della prima rata', format: 'date', 'x-widget': 'date' },
        end: { type: 'string', title: 'Ultima scadenza possibile', format: 'date', 'x-widget': 'date' },
        count: { type: 'integer', title: 'Numero di rate', minimum: 1, maximum: 600 },
        amountIs: {
          type: 'string',
          title: 'L’importo è',
          enum: ['each', 'total'],
          'x-enumNames': ['L’importo di ogni rata', 'Il totale, da dividere in rate'],
        },
      },
    },
    fine: {
      type: 'object',
      title: 'Sanzione (codice della strada)',
      description: 'Importi del verbale: entro 5 giorni −30%, fino a 60 giorni importo ridotto, poi metà del massimo',
      required: ['enabled', 'reduced', 'maximum', 'notificationCosts'],
      'x-show-when': { mode: ['due'] },
      properties: {
        enabled: { type: 'boolean', title: 'È una multa del codice della strada', description: 'L’importo dipende dai giorni dalla notifica' },
        reduced: euros('Importo ridotto (minimo della sanzione) (€)'),
        maximum: euros('Massimo della sanzione (€)'),
        notificationCosts: euros('Spese di notifica (€)'),
        discountExcluded: { type: 'boolean', title: 'Senza lo sconto del 30% (confisca o sospensione della patente)' },
      },
    },
    entityTaxCode: {
      type: 'string',
      title: 'Codice fiscale dell’ente creditore',
      description: 'pagoPA (riservato al personale tecnico)',
      pattern: '^([0-9]{11})?$',
    },
    taxonomyCode: {
      type: 'string',
      title: 'Codice tassonomico pagoPA',
      description: 'Dati specifici di riscossione, es. 9/0101108TS/ (riservato al personale tecnico)',
      maxLength: 140,
      pattern: '^([0129]/\\S{3,138})?$',
    },
    gateway: {
      type: 'string',
      title: 'Intermediario tecnologico (gateway)',
      description: 'Riservato al personale tecnico',
      maxLength: 100,
    },
  },
};
