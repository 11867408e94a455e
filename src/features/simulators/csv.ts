/**
 * A small RFC 4180 CSV reader and writer, tuned for what officials actually
 * open and save: Excel in Italian uses `;` as separator (because `,` is the
 * decimal mark) and wants a byte-order mark to read UTF-8 accents.
 *
 * The reader is strict: a malformed file is rejected as a whole, with every
 * problem reported by line number in Italian, so a simulation never runs on a
 * half-loaded list of applicants.
 */

/** Separators the reader recognises; the writer can use any of them. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One problem of a file, on a 1-based physical line. */
export interface CsvIssue {
  line: number;
  message: string;
}

/** A file that could not be read; `issues` lists every problem found (up to a limit). */
export class CsvError extends Error {
  readonly issues: CsvIssue[];
  constructor(issues: CsvIssue[]) {
    super(issues.map((i) => `Riga ${i.line}: ${i.message}`).join('\n'));
    this.name = 'CsvError';
    this.issues = issues;
  }
}

/** A data row and the physical line it starts on (quoted fields may span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Result of {@link parseCsv}. */
export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  rows: CsvRow[];
}

/** Beyond this many problems the file is clearly not a CSV of applicants; stop listing. */
export const MAX_ISSUES = 20;

const BOM = '\uFEFF';
const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': '«,»', ';': '«;»', '\t': 'tabulazione' };

/**
 * Guesses the separator from the header line: the most frequent of `;`, `,`
 * and tab outside quotes. Ties go to `;`, the Italian Excel default.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c] += 1;
  }
  const order: CsvDelimiter[] = [';', ',', '\t'];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';');
}

/**
 * Splits text into records. Throws {@link CsvError} on a quote that is never
 * closed or on text right after a closing quote: both mean the file is broken
 * and any further row would be misread.
 */
function records(text: string, delimiter: CsvDelimiter): CsvRow[] {
  const out: CsvRow[] = [];
  const issues: CsvIssue[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n && issues.length === 0) {
    const start = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let cell = '';
      if (text[i] === '"') {
        const opened = line;
        i += 1;
        for (;;) {
          if (i >= n) {
            issues.push({ line: opened, message: 'virgolette aperte e mai chiuse: il campo prosegue fino alla fine del file.' });
            break;
          }
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === '\n') line += 1;
          cell += c;
          i += 1;
        }
        if (issues.length > 0) break;
        if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          issues.push({
            line,
            message: `dopo le virgolette di chiusura è atteso il separatore ${DELIMITER_NAMES[delimiter]} (per scrivere " dentro un campo, raddoppiarle: "").`,
          });
          break;
        }
      } else {
        const from = i;
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') {
            issues.push({ line, message: 'virgolette nel mezzo di un campo: racchiudere il campo tra virgolette e raddoppiare quelle interne ("").' });
            break;
          }
          i += 1;
        }
        if (issues.length > 0) break;
        cell = text.slice(from, i);
      }
      cells.push(cell);
      if (i >= n) endOfRecord = true;
      else if (text[i] === delimiter) i += 1;
      else {
        // \r\n, \n or a lone \r: one line break.
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line += 1;
        endOfRecord = true;
      }
    }
    // A blank line (often the last one) is not a record.
    if (!(cells.length === 1 && cells[0] === '')) out.push({ line: start, cells });
  }
  if (issues.length > 0) throw new CsvError(issues);
  return out;
}

/**
 * Reads a CSV file: optional BOM, `;` `,` or tab separator (detected unless
 * given), quoted fields with `""` escapes and line breaks, CRLF or LF. The
 * first record is the header row. Every data row must have as many values as
 * there are headers (trailing empty values, which Excel sometimes adds, are
 * forgiven).
 * @throws {CsvError} with every problem found and its line, never a partial table.
 */
export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): CsvTable {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const all = records(text, delimiter);
  if (all.length === 0) throw new CsvError([{ line: 1, message: 'il file è vuoto: serve almeno la riga delle intestazioni.' }]);
  const [head, ...rows] = all;
  const headers = head.cells.map((h) => h.trim());
  const issues: CsvIssue[] = [];
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    if (h === '') issues.push({ line: head.line, message: `la colonna ${i + 1} non ha intestazione.` });
    else if (seen.has(h)) issues.push({ line: head.line, message: `la colonna «${h}» compare due volte.` });
    seen.add(h);
  });
  for (const row of rows) {
    if (issues.length >= MAX_ISSUES) break;
    while (row.cells.length > headers.length && row.cells[row.cells.length - 1].trim() === '') row.cells.pop();
    if (row.cells.length !== headers.length) {
      issues.push({
        line: row.line,
        message: `${row.cells.length} ${row.cells.length === 1 ? 'valore' : 'valori'} invece di ${headers.length} (quante sono le intestazioni). Il separatore usato è ${DELIMITER_NAMES[delimiter]}: un valore che lo contiene va racchiuso tra virgolette.`,
      });
    }
  }
  if (issues.length > 0) throw new CsvError(issues.slice(0, MAX_ISSUES));
  return { delimiter, headers, rows };
}

/** A value to write: numbers are written with the chosen decimal mark, empty for null/undefined. */
export type CsvCell = string | number | null | undefined;

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /** Default `;`, what Excel in Italian expects. */
  delimiter?: CsvDelimiter;
  /** Start with a byte-order mark so Excel reads UTF-8 (accents). Default true. */
  bom?: boolean;
  /** Write 1234,5 instead of 1234.5. Default: true with `;`, false otherwise. */
  decimalComma?: boolean;
}

// Excel runs a cell starting with one of these as a formula ("CSV injection"):
// applicant data comes from files anyone can write, so such text is prefixed
// with an apostrophe, which Excel hides and `unguardFormula` removes on reading.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Reverses the writer's protection against formulas: `'=A1` → `=A1`. */
export function unguardFormula(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function formatCell(value: CsvCell, delimiter: CsvDelimiter, decimalComma: boolean): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    text = Number.isFinite(value) ? String(value) : '';
    if (decimalComma) text = text.replace('.', ',');
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows (the first is usually the header) as CSV with CRLF line ends,
 * quoting only where needed. The result opens correctly in Excel in Italian
 * with the defaults.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const decimalComma = options.decimalComma ?? delimiter === ';';
  const body = rows.map((row) => row.map((v) => formatCell(v, delimiter, decimalComma)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}
