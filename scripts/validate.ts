/**
 * `npm run validate -- path/to/service.json [more.json …]`: checks service
 * definitions for technical staff. Exit 0 when every file is valid, 1
 * otherwise; each problem is listed with its JSON path and an Italian message.
 */
import { readFileSync } from 'node:fs';
import { checkService } from '../src/compile/checkService';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('Uso: npm run validate -- percorso/del/servizio.json [altri.json …]');
  process.exit(1);
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
