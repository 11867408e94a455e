/**
 * Instalment plans of the "Pagamento" pattern (recurring fees, payment by
 * instalments): due dates by frequency and cent-exact amounts.
 */
import { fromCents, toCents } from './money';
import { parseRomeDate, type RomeDate } from './romeTime';

/** How often an instalment falls due. */
export type InstalmentFrequency = 'monthly' | 'bimonthly' | 'quarterly' | 'yearly';

const MONTHS: Record<InstalmentFrequency, number> = { monthly: 1, bimonthly: 2, quarterly: 3, yearly: 12 };

/** A plan is long at most this many instalments (50 years monthly), so a mistyped end date cannot hang the preview. */
export const MAX_INSTALMENTS = 600;

/**
 * A plan: either the amount of each instalment or a total to split, a
 * frequency, the first due date, and an end date and/or a count. With both,
 * the plan stops at whichever comes first.
 */
export type InstalmentPlanInput = {
  frequency: InstalmentFrequency;
  /** First due date, `'YYYY-MM-DD'`. */
  start: RomeDate;
  /** Last possible due date (included). */
  end?: RomeDate;
  count?: number;
} & ({ amountPerInstalment: number; total?: undefined } | { total: number; amountPerInstalment?: undefined });

/** One instalment: its number (from 1), due date and euros. */
export interface Instalment {
  n: number;
  dueDate: RomeDate;
  amount: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The due date `k` periods after the start, counted from the start each time
 * (not from the previous date) and clamped to the month's last day, so a plan
 * starting on 31 January falls due on 28/29 February and then on 31 March.
 */
function dueDate(start: RomeDate, monthsLater: number): RomeDate {
  const { year, month, day } = parseRomeDate(start);
  const index = month - 1 + monthsLater;
  const y = year + Math.floor(index / 12);
  const m = index % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m + 1)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * Builds the plan. When a total is split, every instalment gets the same
 * whole cents and the cents left over go to the first one, so the plan sums
 * exactly to the total (100 € in 3 → 33.34 + 33.33 + 33.33).
 * Throws a RangeError with an Italian message on an unusable plan.
 */
export function instalmentPlan(input: InstalmentPlanInput): Instalment[] {
  parseRomeDate(input.start);
  if (input.end !== undefined) parseRomeDate(input.end);
  if (input.count === undefined && input.end === undefined) {
    throw new RangeError('Indicare il numero di rate o la data dell’ultima rata.');
  }
  if (input.count !== undefined && (!Number.isInteger(input.count) || input.count < 1)) {
    throw new RangeError('Il numero di rate deve essere un intero positivo.');
  }
  const step = MONTHS[input.frequency];
  if (step === undefined) throw new RangeError(`Frequenza non valida: ${String(input.frequency)}`);

  const dates: RomeDate[] = [];
  const limit = Math.min(input.count ?? MAX_INSTALMENTS + 1, MAX_INSTALMENTS + 1);
  for (let k = 0; k < limit; k += 1) {
    const date = dueDate(input.start, k * step);
    if (input.end !== undefined && date > input.end) break;
    dates.push(date);
  }
  if (dates.length === 0) throw new RangeError('La data dell’ultima rata precede la prima.');
  if (dates.length > MAX_INSTALMENTS) throw new RangeError(`Troppe rate: al massimo ${MAX_INSTALMENTS}.`);

  const n = dates.length;
  let cents: number[];
  if (input.total !== undefined) {
    const total = toCents(input.total);
    if (total < 0) throw new RangeError('L’importo totale non può essere negativo.');
    const base = Math.floor(total / n);
    cents = dates.map((_, i) => (i === 0 ? base + (total - base * n) : base));
  } else {
    const each = toCents(input.amountPerInstalment);
    if (each < 0) throw new RangeError('L’importo della rata non può essere negativo.');
    cents = dates.map(() => each);
  }
  return dates.map((date, i) => ({ n: i + 1, dueDate: date, amount: fromCents(cents[i]) }));
}
