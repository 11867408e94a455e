/**
 * The benefit's part of the summary and the receipt: the amount granted, the
 * bracket that gave it (when the formula is a bracket table), the amount
 * before the cap and the cap when it applied, and how it is paid.
 */
import type { JsonLogicRule } from '../../model/types';
import type { BenefitPart } from '../../runtime/benefit';
import { toFiniteNumber } from '../../runtime/evaluate';
import { formatEuro } from '../../runtime/money';
import { describeRule } from '../../rules/describe';
import type { PatternReceipt, ReceiptRow } from '../shared/citizenOutputs';
import { objectOf } from '../shared/patterns';
import type { ComputeContext } from '../types';
import type { BenefitPayout } from './props';

const number = (n: number) => n.toLocaleString('it-IT');

/**
 * The bracket a formula `{bracket: [value, [[upTo, result], …], otherwise]}`
 * picks for these answers, in words: "Numero di Componenti: 3 — fascia «fino a 3»".
 * Undefined when the formula is not a bracket table or its value is unknown.
 */
export function bracketText(rule: JsonLogicRule | null, answers: Record<string, unknown>, ctx: ComputeContext): string | undefined {
  const args = objectOf(rule)?.bracket;
  if (!Array.isArray(args) || args.length !== 3 || !Array.isArray(args[1])) return undefined;
  const value = toFiniteNumber(ctx.evaluate(args[0] as JsonLogicRule, answers));
  if (value === undefined) return undefined;
  const limits = (args[1] as unknown[])
    .map((row) => (Array.isArray(row) ? toFiniteNumber(row[0]) : undefined))
    .filter((n): n is number => n !== undefined);
  if (limits.length === 0) return undefined;
  const upTo = limits.find((limit) => value <= limit);
  const band = upTo !== undefined ? `fino a ${number(upTo)}` : `oltre ${number(limits[limits.length - 1])}`;
  const what = describeRule(args[0] as JsonLogicRule, ctx.labels ?? (() => undefined));
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}: ${number(value)} — fascia «${band}»`;
}

/** "IT60 X054 2811 1010 0000 0123 456": an IBAN as banks print it. */
const groupedIban = (iban: string) => iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');

export interface BenefitReceiptInput {
  title: string;
  amount: number;
  capped: boolean;
  explanation: BenefitPart[];
  payout: BenefitPayout;
  iban: { value: string; valid: boolean } | null;
  bracket?: string;
}

export function benefitReceipt(r: BenefitReceiptInput): PatternReceipt {
  const computable = r.explanation[0]?.label !== 'Importo non calcolabile';
  const rows: ReceiptRow[] = [];
  if (r.bracket) rows.push({ label: 'Fascia applicata', value: r.bracket });
  // The lines before the amount granted (computed, negative, cap) matter only when they change it.
  const changed = r.explanation.length > 2;
  if (changed) for (const part of r.explanation.slice(0, -1)) rows.push({ label: part.label, value: formatEuro(part.amount) });
  if (r.capped) rows.push({ label: 'Tetto applicato', value: 'Sì: l’importo calcolato supera il massimo previsto' });
  rows.push({ label: 'Come lo ricevi', value: r.payout === 'iban' ? 'Accredito sul conto corrente' : 'Buono (voucher)', settings: true });
  if (r.payout === 'iban' && r.iban) rows.push({ label: 'IBAN', value: groupedIban(r.iban.value), echo: true });
  return {
    title: r.title,
    headline: { label: 'Importo riconosciuto', value: formatEuro(r.amount) },
    rows,
    notes: [
      computable
        ? 'L’importo è provvisorio: il Comune lo conferma dopo le verifiche sulle dichiarazioni e nei limiti delle risorse disponibili.'
        : (r.explanation[0]?.text ?? ''),
    ],
  };
}
