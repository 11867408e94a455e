/**
 * Writes the flagship templates to `public/templates/` (one JSON file per
 * service, plus `index.json` with the file names) from the modules beside
 * this script, after checking each one as `npm run validate` does.
 *
 *   npx tsx scripts/templates/build.ts          write the files
 *   npx tsx scripts/templates/build.ts --check  exit 1 if a file differs from what the script would write
 *
 * The JSON files are committed with the script: the app seeds them as they
 * are, and `src/templates/templates.test.ts` checks that they are current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkService } from '../../src/compile/checkService';
import { TEMPLATES, templateFiles } from './catalog';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../../public/templates');
const check = process.argv.includes('--check');

let failed = false;
const read = (file: string): string | null => {
  try {
    return readFileSync(join(folder, file), 'utf8');
  } catch {
    return null;
  }
};
const emit = (file: string, text: string) => {
  if (check) {
    if (read(file) !== text) {
      console.error(`✗ ${file}: non aggiornato (eseguire npx tsx scripts/templates/build.ts)`);
      failed = true;
    }
    return;
  }
  writeFileSync(join(folder, file), text);
  console.log(`✓ ${file}`);
};

for (const { file, text } of templateFiles()) {
  const result = checkService(text);
  if (!result.ok) {
    failed = true;
    console.error(`✗ ${file}: ${result.errors.length} errori`);
    for (const e of result.errors) console.error(`  ${e.path || '/'}: ${e.message}`);
    continue;
  }
  for (const w of result.warnings) console.warn(`  avviso ${file} ${w.path || '/'}: ${w.message}`);
  emit(file, text);
}
emit('index.json', `${JSON.stringify(TEMPLATES.map((t) => t.file), null, 2)}\n`);
process.exit(failed ? 1 : 0);
