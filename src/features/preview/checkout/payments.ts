/**
 * The simulated pagoPA payments of a preview run: the receipt a payment
 * leaves, the notice code the checkout issues when the citizen brings none,
 * the PSPs offered, and whether a payment still covers what a pattern asks
 * (the amount may change when the citizen edits an answer afterwards).
 */
import type { PatternCheckout } from '../../../blocks/shared/citizenOutputs';
import { fromCents, toCents } from '../../../runtime/money';
import { noticeCodeCheckDigits } from '../../../runtime/noticeCode';

/** What a successful payment leaves: shown on the summary and on the receipt. */
export interface PaymentRecord {
  /** Key of the pattern node that asked for it. */
  key: string;
  amount: number;
  fee: number;
  reason: string;
  noticeCode: string;
  iuv: string;
  payee: string;
  /** ISO instant ("as of" the preview's clock). */
  paidAt: string;
  psp: string;
  method: string;
  transactionId: string;
  email: string;
}

/** Simulated payment service providers, cheapest first as pagoPA lists them. */
export const PSPS: ReadonlyArray<{ id: string; name: string; fee: number }> = [
  { id: 'ipe', name: 'Istituto di Pagamento Esempio', fee: 0.8 },
  { id: 'banca', name: 'Banca Esempio', fee: 1 },
  { id: 'poste', name: 'Poste Esempio', fee: 1.5 },
];

/** A number from a text (FNV-1a, 32 bit): stable identifiers for a preview run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const digits = (n: number, width: number) => String(n % 10 ** Math.min(width, 15)).padStart(width, '0');

/**
 * A notice code pagoPA would issue for a payment started from the service:
 * aux digit 3, segregation code 01, a 13-digit IUV base, then the two check
 * digits (mod 93) — valid for `noticeCodeProblem`.
 */
export function issueNoticeCode(seed: string): string {
  const base = digits(hash(seed), 9) + digits(hash(`${seed}#`), 4);
  const first16 = `301${base}`;
  return first16 + noticeCodeCheckDigits(first16);
}

/** The IUV inside a notice code: what follows the aux digit and the segregation (or application) code. */
export function iuvOf(noticeCode: string): string {
  return noticeCode.slice(3);
}

/** "3012 0260 0045 1200 59": a notice code as notices print it. */
export function groupedNoticeCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A transaction id as PSPs show it. */
export function transactionId(seed: string): string {
  return `TRX-${digits(hash(seed), 10)}`;
}

/** Whether `record` pays exactly what `checkout` asks now. */
export function covers(record: PaymentRecord | undefined, checkout: PatternCheckout): boolean {
  if (!record) return false;
  if (toCents(record.amount) !== toCents(checkout.amount) || record.reason !== checkout.reason) return false;
  return checkout.noticeCode === undefined || checkout.noticeCode === record.noticeCode;
}

/** Amount plus fee, to the cent. */
export function withFee(amount: number, fee: number): number {
  return fromCents(toCents(amount) + toCents(fee));
}
