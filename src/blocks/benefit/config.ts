/**
 * The runtime's `BenefitConfig` read from a benefit node's props, defensively.
 */
import type { BenefitConfig } from '../../runtime/benefit';
import { isRule } from '../shared/patterns';
import { num } from '../shared/props';
import type { BenefitPayout } from './props';

/** The settings `computeBenefit` takes; a missing formula is `null` (which computes nothing). */
export function benefitConfig(props: Record<string, unknown>): BenefitConfig {
  const cap = num(props.cap);
  const budget = num(props.budget);
  return {
    amount: isRule(props.amount) ? props.amount : null,
    budget: budget !== undefined && budget > 0 ? budget : 0,
    ...(cap !== undefined && cap >= 0 ? { cap } : {}),
  };
}

/** How the benefit is paid; a voucher unless the props say IBAN. */
export function benefitPayout(props: Record<string, unknown>): BenefitPayout {
  return props.payout === 'iban' ? 'iban' : 'voucher';
}
