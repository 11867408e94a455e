/**
 * `npm run validate -- path/to/service.json [more.json …] [--json]`: checks
 * service definitions for technical staff. Exit 0 when every file is valid
 * (warnings alone do not fail), 1 otherwise; each problem is listed with its
 * JSON path and an Italian message, errors first, then warnings — including
 * what would export badly (a rule Form.io cannot express, a card section the
 * website would leave empty). `--json` prints one JSON report instead.
 *
 * A templates index (`index.json`: the list of template file names, as in
 * `public/templates/`) is recognised, so that `npm run validate --
 * public/templates/*.json` checks the whole folder: its names must be safe
 * and every file it lists must exist beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkService, exportWarnings } from '../src/compile/checkService';
import type { Issue } from '../src/model/issues';
import { loadTemplateIndex, TEMPLATE_INDEX } from '../src/persistence/importExport/templates';

const args = process.argv.slice(2).filter((a) => a !== '--');
const asJson = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('Uso: npm run validate -- percorso/del/servizio.json [altri.json …] [--json]');
  process.exit(1);
}

/** One file's outcome, as `--json` prints it. */
interface FileReport {
  file: string;
  kind: 'service' | 'index';
  valid: boolean;
  title?: string;
  errors: Issue[];
  warnings: Issue[];
}

/** Checks a templates index. */
async function checkIndex(file: string, text: string): Promise<FileReport> {
  const report: FileReport = { file, kind: 'index', valid: false, errors: [], warnings: [] };
  let names: string[];
  try {
    names = await loadTemplateIndex(async () => text);
  } catch (error) {
    report.errors.push({ path: '', message: (error as Error).message });
    return report;
  }
  const missing = names.filter((name) => !existsSync(join(dirname(file), name)));
  for (const name of missing) report.errors.push({ path: name, message: 'file non trovato' });
  report.valid = missing.length === 0;
  report.title = `indice dei modelli (${names.length} file)`;
  return report;
}

/** An index is a file named index.json holding a JSON array; anything else is a service. */
function isIndex(file: string, text: string): boolean {
  if (basename(file) !== TEMPLATE_INDEX) return false;
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

function checkFile(file: string, text: string): FileReport {
  const result = checkService(text);
  if (!result.ok) return { file, kind: 'service', valid: false, errors: result.errors, warnings: result.warnings };
  const warnings = [...result.warnings, ...exportWarnings(result.definition)];
  return { file, kind: 'service', valid: true, title: result.definition.card.title, errors: [], warnings };
}

function print(report: FileReport): void {
  if (report.kind === 'index') {
    if (report.valid) console.log(`✓ ${report.file}: ${report.title}`);
    else if (report.errors.every((e) => e.message === 'file non trovato')) {
      console.log(`✗ ${report.file}: l’indice dei modelli elenca file che non esistono`);
      for (const e of report.errors) console.log(`  errore   ${e.path}: ${e.message}`);
    } else console.log(`✗ ${report.file}: ${report.errors[0]?.message}`);
    return;
  }
  if (report.valid) console.log(`✓ ${report.file}: definizione di servizio valida («${report.title}»)`);
  else {
    const n = report.errors.length;
    console.log(`✗ ${report.file}: ${n} ${n === 1 ? 'errore' : 'errori'}`);
    for (const e of report.errors) console.log(`  errore   ${e.path || '/'}: ${e.message}`);
  }
  for (const w of report.warnings) console.log(`  avviso   ${w.path || '/'}: ${w.message}`);
}

const reports: FileReport[] = [];
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'errore';
    const report: FileReport = { file, kind: 'service', valid: false, errors: [{ path: '', message: `impossibile leggere il file (${code})` }], warnings: [] };
    reports.push(report);
    if (!asJson) console.error(`✗ ${file}: impossibile leggere il file (${code})`);
    continue;
  }
  const report = isIndex(file, text) ? await checkIndex(file, text) : checkFile(file, text);
  reports.push(report);
  if (!asJson) print(report);
}
if (asJson) console.log(JSON.stringify({ valid: reports.every((r) => r.valid), files: reports }, null, 2));
process.exit(reports.every((r) => r.valid) ? 0 : 1);
