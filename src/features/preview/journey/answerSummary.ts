/**
 * The answers of one step as the citizen reads them back in the summary:
 * labels from the compiled schema, choices by their labels, dates and amounts
 * formatted, files by name. Pure: schema + uiSchema + data → entries.
 */
import type { PatternReceipt } from '../../../blocks/shared/citizenOutputs';
import { formatAnswerDate, formatDateTime, formatNumber } from '../format';
import type { Translate } from '../translate';

type Schema = Record<string, unknown> & {
  type?: unknown;
  title?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  multipleOf?: number;
};
type Ui = Record<string, unknown>;

export type SummaryEntry =
  | { kind: 'value'; label: string; value: string; empty: boolean }
  | { kind: 'group'; label: string; entries: SummaryEntry[] }
  | { kind: 'list'; label: string; items: Array<{ label: string; entries: SummaryEntry[] }>; empty: boolean }
  /** A pattern block with its own part of the summary (`compute().receipt`), in place of its raw answer. */
  | { kind: 'pattern'; key: string; label: string; receipt: PatternReceipt };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** "data:application/pdf;name=isee.pdf;base64,…" → "isee.pdf". */
function fileName(dataUrl: string): string | undefined {
  const m = /;name=([^;,]*)/.exec(dataUrl);
  return m ? decodeURIComponent(m[1]) : undefined;
}

function choiceLabel(schema: Schema, ui: Ui | undefined, value: unknown): string | undefined {
  const names = ui?.['ui:enumNames'];
  const index = Array.isArray(schema.enum) ? schema.enum.indexOf(value) : -1;
  return index >= 0 && Array.isArray(names) && typeof names[index] === 'string' ? names[index] : undefined;
}

function scalar(schema: Schema, ui: Ui | undefined, value: unknown, t: Translate, language: string): string {
  if (typeof value === 'boolean') return value ? t('citizen.summary.yes') : t('citizen.summary.no');
  if (typeof value === 'number') return formatNumber(value, language, schema.multipleOf === 0.01);
  if (typeof value === 'string') {
    const label = choiceLabel(schema, ui, value);
    if (label) return label;
    if (schema.format === 'data-url' || value.startsWith('data:')) {
      const name = fileName(value);
      return name ? t('citizen.summary.file', { name }) : t('citizen.summary.fileUnnamed');
    }
    if (schema.format === 'date-time' && !Number.isNaN(Date.parse(value))) return formatDateTime(new Date(value), language);
    if (typeof schema.format === 'string' && schema.format.startsWith('date')) return formatAnswerDate(value);
    return value;
  }
  return String(value);
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

type Receipts = Readonly<Record<string, PatternReceipt>>;

function entriesOf(schema: Schema, ui: Ui | undefined, data: unknown, t: Translate, language: string, receipts: Receipts): SummaryEntry[] {
  const properties = schema.properties ?? {};
  const order = Array.isArray(ui?.['ui:order']) ? (ui!['ui:order'] as string[]).filter((k) => k in properties) : Object.keys(properties);
  const values = isObject(data) ? data : {};
  const out: SummaryEntry[] = [];
  for (const key of order) {
    const child = properties[key];
    const receipt = typeof child['x-pattern'] === 'string' && Object.prototype.hasOwnProperty.call(receipts, key) ? receipts[key] : undefined;
    if (receipt) {
      out.push({ kind: 'pattern', key, label: receipt.title, receipt });
      continue;
    }
    // Display-only nodes (informative text, notices) have no answer.
    if (child.type === 'null') continue;
    const childUi = ui?.[key] as Ui | undefined;
    const value = values[key];
    const label = child.title ?? key;
    if (child.type === 'object' && child.properties) {
      out.push({ kind: 'group', label, entries: entriesOf(child, childUi, value, t, language, receipts) });
    } else if (child.type === 'array' && child.items?.type === 'object') {
      const items = (Array.isArray(value) ? value : []).map((item, i) => ({
        label: t('citizen.summary.item', { label: child.items!.title ?? label, n: i + 1 }),
        entries: entriesOf(child.items!, childUi?.items as Ui | undefined, item, t, language, {}),
      }));
      out.push({ kind: 'list', label, items, empty: items.length === 0 });
    } else if (Array.isArray(value)) {
      const text = value.map((v) => scalar(child.items ?? {}, childUi, v, t, language)).join(', ');
      out.push({ kind: 'value', label, value: text || t('citizen.summary.none'), empty: value.length === 0 });
    } else {
      const empty = isEmpty(value);
      out.push({ kind: 'value', label, value: empty ? t('citizen.summary.none') : scalar(child, childUi, value, t, language), empty });
    }
  }
  return out;
}

/**
 * The summary entries of one step's answers, in the form's order. A pattern
 * block whose key has a receipt in `receipts` shows it instead of its raw
 * answer (the receipt repeats what matters of it).
 */
export function answerSummary(schema: object, uiSchema: object, data: unknown, t: Translate, language: string, receipts: Receipts = {}): SummaryEntry[] {
  return entriesOf(schema as Schema, uiSchema as Ui, data, t, language, receipts);
}
