/**
 * Applicants ⇄ CSV. The header row names answer keys (`isee.value` nests as
 * `{ isee: { value } }`), plus two reserved columns: `id` and `submittedAt`
 * (or the Italian `data_presentazione`). Cells are typed by the service's
 * field catalog, so a numeric column accepts "12.345,67" and a yes/no column
 * "sì"; a bad cell rejects the whole file with its line and column.
 */
import type { Answers } from '../../runtime';
import { getPath, isSafePath, setPath } from './answerPath';
import { CsvError, MAX_ISSUES, parseCsv, unguardFormula, writeCsv, type CsvCell, type CsvDelimiter, type CsvIssue } from './csv';
import { parseDate, parseInstant, parseLocaleNumber, parseYesNo } from './csvValues';
import type { Applicant, SimulatorField } from './types';

const ID_COLUMN = 'id';
const SUBMITTED_COLUMNS = ['submittedat', 'data_presentazione'];

/** Result of {@link applicantsFromCsv}. */
export interface ImportedApplicants {
  applicants: Applicant[];
  /** Columns that are not fields of the service: loaded as text, but no rule reads them. */
  unknownColumns: string[];
  delimiter: CsvDelimiter;
}

type Reader = (cell: string) => { value: unknown } | { error: string };

function readerFor(field: SimulatorField | undefined): Reader {
  const kind = field?.kind ?? 'text';
  switch (kind) {
    case 'number':
    case 'money':
      return (cell) => {
        const n = parseLocaleNumber(cell);
        return n === undefined ? { error: `«${cell}» non è un numero (esempi validi: 12345,67 oppure 12.345,67).` } : { value: n };
      };
    case 'boolean':
      return (cell) => {
        const b = parseYesNo(cell);
        return b === undefined ? { error: `«${cell}» non è sì o no.` } : { value: b };
      };
    case 'date':
      return (cell) => {
        const d = parseDate(cell);
        return d === undefined ? { error: `«${cell}» non è una data (GG/MM/AAAA oppure AAAA-MM-GG).` } : { value: d };
      };
    case 'choice':
    case 'multi_choice': {
      const options = field?.options ?? [];
      const byText = new Map<string, string>();
      for (const o of options) {
        byText.set(o.value.toLowerCase(), o.value);
        byText.set(o.label.toLowerCase(), o.value);
      }
      const one = (text: string): string | undefined => (options.length === 0 ? text : byText.get(text.trim().toLowerCase()));
      const allowed = options.map((o) => o.value).join(', ');
      if (kind === 'choice') {
        return (cell) => {
          const v = one(cell);
          return v === undefined ? { error: `«${cell}» non è tra le opzioni (${allowed}).` } : { value: v };
        };
      }
      return (cell) => {
        const parts = cell.split('|').map((p) => p.trim()).filter((p) => p !== '');
        const values = parts.map(one);
        const bad = parts.find((_, i) => values[i] === undefined);
        return bad === undefined ? { value: values } : { error: `«${bad}» non è tra le opzioni (${allowed}); separare più scelte con «|».` };
      };
    }
    case 'list':
      return (cell) => {
        try {
          const value: unknown = JSON.parse(cell);
          if (Array.isArray(value)) return { value };
        } catch {
          // reported below
        }
        return { error: 'un elenco va scritto come lista JSON, ad esempio [{"nome": "Anna"}].' };
      };
    default:
      return (cell) => ({ value: unguardFormula(cell) });
  }
}

/**
 * Reads applicants from CSV text.
 * @throws {CsvError} listing every bad header or cell with its line (up to a limit); nothing is returned half-read.
 */
export function applicantsFromCsv(text: string, fields: readonly SimulatorField[]): ImportedApplicants {
  const table = parseCsv(text);
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const issues: CsvIssue[] = [];
  const headerLine = 1;

  const idIndex = table.headers.findIndex((h) => h.toLowerCase() === ID_COLUMN);
  const submittedIndex = table.headers.findIndex((h) => SUBMITTED_COLUMNS.includes(h.toLowerCase()));
  const answerColumns = table.headers
    .map((path, index) => ({ path, index, field: byPath.get(path) }))
    .filter((c) => c.index !== idIndex && c.index !== submittedIndex);
  for (const c of answerColumns) {
    if (!isSafePath(c.path)) issues.push({ line: headerLine, message: `l’intestazione «${c.path}» non è un nome di campo valido.` });
    const parent = answerColumns.find((o) => c.path.startsWith(`${o.path}.`));
    if (parent) issues.push({ line: headerLine, message: `le colonne «${parent.path}» e «${c.path}» si sovrappongono: usarne una sola.` });
  }
  if (issues.length > 0) throw new CsvError(issues);
  const readers = answerColumns.map((c) => readerFor(c.field));

  const applicants: Applicant[] = [];
  const ids = new Map<string, number>();
  for (const row of table.rows) {
    if (issues.length >= MAX_ISSUES) break;
    const id = idIndex >= 0 ? unguardFormula(row.cells[idIndex].trim()) : `riga-${row.line}`;
    if (id === '') issues.push({ line: row.line, message: 'manca l’identificativo della domanda (colonna «id»).' });
    else if (ids.has(id)) issues.push({ line: row.line, message: `la domanda «${id}» compare già alla riga ${ids.get(id)}.` });
    ids.set(id, row.line);

    let submittedAt = '';
    const submittedText = submittedIndex >= 0 ? row.cells[submittedIndex].trim() : '';
    if (submittedText !== '') {
      const instant = parseInstant(submittedText);
      if (instant === undefined) {
        issues.push({ line: row.line, message: `colonna «${table.headers[submittedIndex]}»: «${submittedText}» non è una data e ora (es. 02/03/2027 09:15).` });
      } else submittedAt = instant;
    }

    const answers: Answers = {};
    answerColumns.forEach((c, i) => {
      const cell = row.cells[c.index];
      if (cell.trim() === '') return; // not answered
      const read = readers[i](cell);
      if ('error' in read) issues.push({ line: row.line, message: `colonna «${c.path}»: ${read.error}` });
      else setPath(answers, c.path, read.value);
    });
    applicants.push({ id, submittedAt, answers });
  }
  if (issues.length > 0) throw new CsvError(issues.slice(0, MAX_ISSUES));
  return {
    applicants,
    unknownColumns: answerColumns.filter((c) => !c.field).map((c) => c.path),
    delimiter: table.delimiter,
  };
}

/** Fields that fit in one cell: lists (and the fields inside their items) do not. */
export function csvColumns(fields: readonly SimulatorField[]): SimulatorField[] {
  const lists = fields.filter((f) => f.kind === 'list').map((f) => `${f.path}.`);
  return fields.filter((f) => f.kind !== 'list' && !lists.some((prefix) => f.path.startsWith(prefix)));
}

function cellOf(value: unknown): CsvCell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('|');
  return JSON.stringify(value);
}

/**
 * Writes applicants as CSV, one column per single-value field, in a form
 * {@link applicantsFromCsv} reads back: also a ready-made template to fill in.
 */
export function applicantsToCsv(applicants: readonly Applicant[], fields: readonly SimulatorField[], delimiter: CsvDelimiter = ';'): string {
  const columns = csvColumns(fields);
  const rows: CsvCell[][] = [[ID_COLUMN, 'submittedAt', ...columns.map((c) => c.path)]];
  for (const a of applicants) {
    rows.push([a.id, a.submittedAt, ...columns.map((c) => cellOf(getPath(a.answers, c.path)))]);
  }
  return writeCsv(rows, { delimiter });
}
