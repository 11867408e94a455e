/**
 * A payment node's settings read defensively from its props, in the shapes
 * the runtime takes (instalment plan input, fine amounts).
 */
import type { JsonLogicRule } from '../../model/types';
import type { FineAmounts } from '../../runtime/fines';
import type { InstalmentFrequency, InstalmentPlanInput } from '../../runtime/instalments';
import { isRule, objectOf } from '../shared/patterns';
import { num, str } from '../shared/props';
import { FREQUENCY_NAMES, PAYMENT_MODES, type PaymentMode } from './props';

const MODES = new Set<string>(PAYMENT_MODES.map((m) => m.mode));

/** The mode, `before_submission` when missing or unknown (the most common case). */
export function paymentMode(props: Record<string, unknown>): PaymentMode {
  return typeof props.mode === 'string' && MODES.has(props.mode) ? (props.mode as PaymentMode) : 'before_submission';
}

/** The amount rule when it is a number or an operation, else undefined. */
export function amountRule(props: Record<string, unknown>): JsonLogicRule | undefined {
  const a = props.amount;
  if (typeof a === 'number' && Number.isFinite(a)) return a;
  return isRule(a) && objectOf(a) ? a : undefined;
}

/** Instalment settings without the amount: frequency, start, end, count, and what the amount means. */
export interface InstalmentSettings {
  frequency: InstalmentFrequency;
  start?: string;
  end?: string;
  count?: number;
  amountIs: 'each' | 'total';
}

export function instalmentSettings(props: Record<string, unknown>): InstalmentSettings {
  const i = objectOf(props.instalments) ?? {};
  const frequency = typeof i.frequency === 'string' && i.frequency in FREQUENCY_NAMES ? (i.frequency as InstalmentFrequency) : 'monthly';
  const count = num(i.count);
  const start = str(i.start);
  const end = str(i.end);
  return {
    frequency,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(count !== undefined ? { count } : {}),
    amountIs: i.amountIs === 'total' ? 'total' : 'each',
  };
}

/** The runtime's plan input for `amount` euros (which `instalmentPlan` validates, in Italian). */
export function planInput(settings: InstalmentSettings, amount: number): InstalmentPlanInput {
  const base = {
    frequency: settings.frequency,
    start: settings.start ?? '',
    ...(settings.end !== undefined ? { end: settings.end } : {}),
    ...(settings.count !== undefined ? { count: settings.count } : {}),
  };
  return settings.amountIs === 'total' ? { ...base, total: amount } : { ...base, amountPerInstalment: amount };
}

/** The fine's amounts when the fine is enabled and all three are numbers, with its discount exclusion. */
export function fineSettings(props: Record<string, unknown>): (FineAmounts & { discountExcluded: boolean }) | undefined {
  const f = objectOf(props.fine);
  if (!f || f.enabled !== true) return undefined;
  const reduced = num(f.reduced);
  const maximum = num(f.maximum);
  const notificationCosts = num(f.notificationCosts);
  if (reduced === undefined || maximum === undefined || notificationCosts === undefined) return undefined;
  return { reduced, maximum, notificationCosts, discountExcluded: f.discountExcluded === true };
}
