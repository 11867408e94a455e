/**
 * Optional parts of a pattern block's `compute()` result that the citizen
 * preview renders generically, without knowing the block's type:
 *
 * - `receipt`: what the pattern adds to the summary and to the receipt
 *   (a score with its breakdown, an amount with its explanation, an
 *   appointment, a permit's dates), as plain texts and an optional table;
 * - `checkout`: a payment the citizen makes with pagoPA before submitting
 *   (the preview inserts its simulated checkout when a visible pattern asks).
 *
 * Plain JSON, texts already formatted (Italian, like `markdown`), so that the
 * result can be shown, stored with a receipt or exported as it is.
 */

/** One label / value line. */
export interface ReceiptRow {
  label: string;
  value: string;
  /**
   * The line repeats the citizen's own answer (the slot chosen, the IBAN
   * typed): shown on the summary and the receipt, left out of the live
   * slot on the step where the citizen is typing it.
   */
  echo?: boolean;
  /**
   * The line comes from the settings alone (places, causale, office): the
   * step's own text already says it, so the live slot leaves it out too.
   */
  settings?: boolean;
}

/** A small table (a score breakdown, an instalment plan, the bands of a fine). */
export interface ReceiptTable {
  caption: string;
  columns: string[];
  rows: Array<{ cells: string[]; /** The row that applies to this citizen (the fine's band). */ current?: boolean }>;
  /** A closing row (totals), same number of cells as `columns`. */
  total?: string[];
}

/** A pattern's part of the summary and of the receipt. */
export interface PatternReceipt {
  /** Heading of the pattern's box: usually the node's label. */
  title: string;
  /** The figure that matters, shown large: «Punteggio provvisorio» / «35 punti». */
  headline?: { label: string; value: string };
  rows: ReceiptRow[];
  table?: ReceiptTable;
  /** Show the table before the lines (a score breakdown is the point; places and dates follow). */
  tableFirst?: boolean;
  /** Sentences after the figures (how it goes on, what is provisional). */
  notes?: string[];
  /** Something the citizen must fix before submitting (a slot no longer free). */
  warning?: string;
}

/** A payment to make with pagoPA before the application is submitted. */
export interface PatternCheckout {
  /** Euros, to the cent. */
  amount: number;
  /** Causale (at most 60 characters, as pagoPA requires). */
  reason: string;
  /** The notice code when the citizen brings one (a fine); otherwise the checkout issues one. */
  noticeCode?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/** The `receipt` of a compute() result when it has the expected shape, else undefined. */
export function receiptOf(result: unknown): PatternReceipt | undefined {
  const r = isObject(result) ? result.receipt : undefined;
  if (!isObject(r) || !isText(r.title) || !Array.isArray(r.rows)) return undefined;
  if (!r.rows.every((row) => isObject(row) && isText(row.label) && isText(row.value))) return undefined;
  return r as unknown as PatternReceipt;
}

/** The `checkout` of a compute() result when it asks for a positive amount, else undefined. */
export function checkoutOf(result: unknown): PatternCheckout | undefined {
  const c = isObject(result) ? result.checkout : undefined;
  if (!isObject(c) || typeof c.amount !== 'number' || !Number.isFinite(c.amount) || c.amount <= 0 || !isText(c.reason)) return undefined;
  return c as unknown as PatternCheckout;
}
