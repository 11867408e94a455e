/**
 * `npm run validate -- path/to/service.json [more.json …]`: checks service
 * definitions for technical staff. Exit 0 when every file is valid, 1
 * otherwise; each problem is listed with its JSON path and an Italian message.
 *
 * A templates index (`index.json`: the list of template file names, as in
 * `public/templates/`) is recognised, so that `npm run validate --
 * public/templates/*.json` checks the whole folder: its names must be safe
 * and every file it lists must exist beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkService } from '../src/compile/checkService';
import { loadTemplateIndex, TEMPLATE_INDEX } from '../src/persistence/importExport/templates';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('Uso: npm run validate -- percorso/del/servizio.json [altri.json …]');
  process.exit(1);
}

/** Checks a templates index; true when it is valid. */
async function checkIndex(file: string, text: string): Promise<boolean> {
  let names: string[];
  try {
    names = await loadTemplateIndex(async () => text);
  } catch (error) {
    console.log(`✗ ${file}: ${(error as Error).message}`);
    return false;
  }
  const missing = names.filter((name) => !existsSync(join(dirname(file), name)));
  if (missing.length) {
    console.log(`✗ ${file}: l’indice dei modelli elenca file che non esistono`);
    for (const name of missing) console.log(`  errore   ${name}: file non trovato`);
    return false;
  }
  console.log(`✓ ${file}: indice dei modelli (${names.length} file)`);
  return true;
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

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: impossibile leggere il file (${(error as NodeJS.ErrnoException).code ?? 'errore'})`);
    failed = true;
    continue;
  }
  if (isIndex(file, text)) {
    if (!(await checkIndex(file, text))) failed = true;
    continue;
  }
  const result = checkService(text);
  if (result.ok) {
    console.log(`✓ ${file}: definizione di servizio valida («${result.definition.card.title}»)`);
  } else {
    failed = true;
    console.log(`✗ ${file}: ${result.errors.length} ${result.errors.length === 1 ? 'errore' : 'errori'}`);
    for (const e of result.errors) console.log(`  errore   ${e.path || '/'}: ${e.message}`);
  }
  for (const w of result.warnings) console.log(`  avviso   ${w.path || '/'}: ${w.message}`);
}
process.exit(failed ? 1 : 0);
